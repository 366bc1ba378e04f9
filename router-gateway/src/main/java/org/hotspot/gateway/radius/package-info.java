/**
 * RADIUS: here only the ports, opened at start with their handlers. The wire format is in
 * {@code codec}, sockets in {@code io}, and what a request means to this product in {@code access}
 * (Access-Requests), {@code accounting} (Accounting-Requests) and {@code coa} (Disconnect and CoA).
 */
package org.hotspot.gateway.radius;
