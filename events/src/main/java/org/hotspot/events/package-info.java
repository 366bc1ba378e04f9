/**
 * The Kafka event contracts every service shares: the envelope, the topic names, the event types
 * and their JSON mapping. No service defines its own copy of another's event; nothing here does I/O.
 */
package org.hotspot.events;
