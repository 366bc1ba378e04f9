/**
 * The organization's settings page (name, language, time zone, currency, digits, second factor, the
 * captive portal's branding) and the short cache of the settings every dashboard page is written
 * with. Operators and resellers are in {@code dashboard.people}.
 */
package org.hotspot.portal.dashboard.settings;
