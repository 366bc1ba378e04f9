/** router-gateway's Kafka side: accounting records out, router commands in, their outcomes out. */
package org.hotspot.gateway.messaging;
