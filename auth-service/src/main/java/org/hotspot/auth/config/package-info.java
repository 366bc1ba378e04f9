/**
 * The one configuration mapping of auth-service: every key with its default, if it has one, and a line on
 * what it does. application.properties and the schedules name keys; they do not restate defaults.
 */
package org.hotspot.auth.config;
