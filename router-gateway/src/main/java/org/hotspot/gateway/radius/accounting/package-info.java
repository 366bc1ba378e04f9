/**
 * Accounting-Requests: each one a record on Kafka, charged to a voucher, answered once the broker holds
 * it. Metering the usage against quotas is session-service's, not this package's.
 */
package org.hotspot.gateway.radius.accounting;
