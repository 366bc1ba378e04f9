/** router-gateway: the only service that talks to routers: RADIUS server and client, RouterOS API, monitoring. Domain types live at this package's root. */
package org.hotspot.gateway;
