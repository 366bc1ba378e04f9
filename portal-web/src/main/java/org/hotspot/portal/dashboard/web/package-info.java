/**
 * What every dashboard page shares: the frame (language, navigation, operator), its messages,
 * numbers and dates in the page's language, and backend problems turned into messages.
 */
package org.hotspot.portal.dashboard.web;
