/** The one configuration mapping of portal-web, every key with a default. */
package org.hotspot.portal.config;
