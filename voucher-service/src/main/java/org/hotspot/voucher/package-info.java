/**
 * voucher-service: profiles, resellers, batches and vouchers: generation, printing, lifecycle and the
 * authorization decision. Domain types, and the pure rules on them (codes, rate limits, guessing
 * estimates), live at this package's root.
 */
package org.hotspot.voucher;
