/**
 * RADIUS in this product's terms: what an Access-Accept grants for a voucher decision, and which
 * accounting record an Accounting-Request is. The wire format is in {@code codec}, sockets in {@code io}.
 */
package org.hotspot.gateway.radius;
