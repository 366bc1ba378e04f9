/** auth-service's Kafka side: the audit-events consumer, the parking lot for values it cannot read, and the channel names. */
package org.hotspot.auth.messaging;
