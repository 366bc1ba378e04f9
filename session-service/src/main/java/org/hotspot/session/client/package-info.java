/** Outgoing REST: voucher-service, to find a voucher by the code an operator typed. */
package org.hotspot.session.client;
