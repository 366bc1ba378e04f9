/** voucher-service's Kafka side: publishing voucher events (with their outbox relay) and consuming usage totals. */
package org.hotspot.voucher.messaging;
