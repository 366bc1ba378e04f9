/**
 * router-gateway's Kafka side: accounting records out, router commands in and their outcomes out, and
 * voucher transitions in (the floors below which a Redis entry is not trusted). Channel names are in {@code Channels}.
 */
package org.hotspot.gateway.messaging;
