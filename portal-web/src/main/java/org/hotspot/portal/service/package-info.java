/**
 * The captive portal's use cases: from the router's entry (or a card's QR code) to the auto-post
 * page and the "you are online" page, and the records each page is rendered from. No HTTP types
 * and no templates here: {@code rest/} renders what these return.
 */
package org.hotspot.portal.service;
