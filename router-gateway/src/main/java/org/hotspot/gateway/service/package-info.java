/** router-gateway's use cases: router management and the keys sealing routers' secrets. */
package org.hotspot.gateway.service;
