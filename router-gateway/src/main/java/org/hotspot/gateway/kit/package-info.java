/**
 * The hotspot kit: the pages uploaded to a MikroTik router (its login page sends customers to the
 * captive portal) and the RouterOS script that points it at router-gateway, filled per router from
 * templates under {@code hotspot-kit/}. No router secret ever goes into them.
 */
package org.hotspot.gateway.kit;
