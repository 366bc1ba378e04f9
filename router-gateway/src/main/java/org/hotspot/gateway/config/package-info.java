/** The one configuration mapping of router-gateway, every key with a default. */
package org.hotspot.gateway.config;
