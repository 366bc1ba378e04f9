/**
 * A real browser for tests: {@link org.hotspot.testing.browser.Browser} drives Debian's Chromium
 * headless through its chromedriver with Selenium, offline, sized like a cheap phone. Nothing here
 * knows the portal's pages; the tests that use it do.
 */
package org.hotspot.testing.browser;
