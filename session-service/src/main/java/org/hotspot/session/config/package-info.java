/** The one configuration mapping of session-service, every key with a default. */
package org.hotspot.session.config;
