/** portal-web's settings: one {@code @ConfigMapping}, every key with its default. */
package org.hotspot.portal.config;
