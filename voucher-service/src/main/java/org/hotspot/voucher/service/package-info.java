/**
 * voucher-service's use cases: profiles, resellers and their refunds, batches (generation, export,
 * cards), vouchers' lifecycle and the authorization decision router-gateway asks for, with the keys,
 * the Redis projection and the sweeps behind them. No HTTP or Kafka types here; printing is in
 * {@code print/}.
 */
package org.hotspot.voucher.service;
