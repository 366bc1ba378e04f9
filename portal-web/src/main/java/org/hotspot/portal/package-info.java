/** portal-web: captive portal pages for customers and the operator dashboard; proxies /api/** to the owning service. Domain types live at this package's root. */
package org.hotspot.portal;
