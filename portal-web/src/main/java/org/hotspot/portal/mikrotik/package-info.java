/**
 * What a MikroTik hotspot's pages hand the portal and expect back, as pure functions: its
 * octal-escaped CHAP values, the CHAP response, whether a login or logout URL points at the router,
 * and the reason code at the end of a Reply-Message. No I/O and no Quarkus here.
 */
package org.hotspot.portal.mikrotik;
