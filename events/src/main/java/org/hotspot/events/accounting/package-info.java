/** The accounting records router-gateway publishes on {@code accounting-records} for session-service. Pure records. */
package org.hotspot.events.accounting;
