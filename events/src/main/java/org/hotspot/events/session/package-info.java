/** session-service's events: what it tells the others about sessions and usage. Pure records. */
package org.hotspot.events.session;
