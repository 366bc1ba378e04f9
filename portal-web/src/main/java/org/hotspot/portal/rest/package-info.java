/**
 * The captive portal's HTTP edge: the pages under {@code /portal}, rendered from Qute templates out
 * of what {@code service/} returns, and each organization's logo and colours. Nothing inside the
 * service imports this package.
 */
package org.hotspot.portal.rest;
