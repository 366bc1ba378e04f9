/**
 * voucher-service's contracts with the others: the lifecycle and batch events on {@code voucher-events},
 * the Redis projection of a voucher and its plan that router-gateway may read directly, and the
 * authorization rules both services apply to it. Pure code: nothing here does I/O.
 */
package org.hotspot.events.voucher;
