/**
 * The RADIUS wire format (RFC 2865, 2866, 2869, 3579, 5176, vendor attributes of MikroTik and WISPr):
 * packets and attributes to and from bytes, authenticators, hidden passwords, CHAP. No I/O happens
 * here; the servers and the CoA client in {@code radius.io} do it.
 */
package org.hotspot.gateway.radius.codec;
