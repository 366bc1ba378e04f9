/**
 * The RADIUS wire format (RFC 2865, 2866, 2869, 3579, 5176, vendor attributes of MikroTik and WISPr):
 * packets and attributes to and from bytes, authenticators, and beside them PAP and CHAP password
 * verification. No I/O and nothing of router-gateway outside this package: sockets are in {@code radius.io}.
 */
package org.hotspot.gateway.radius.codec;
