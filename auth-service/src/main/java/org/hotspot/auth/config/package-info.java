/** The one configuration mapping of auth-service, every key with a default. */
package org.hotspot.auth.config;
