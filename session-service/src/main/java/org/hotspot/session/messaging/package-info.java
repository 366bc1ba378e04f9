/** Kafka: accounting records and voucher events in, session events and router commands out. */
package org.hotspot.session.messaging;
