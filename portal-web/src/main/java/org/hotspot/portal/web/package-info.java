/**
 * What every page shares, for the portal now and the operators' dashboard next: the language a
 * page is written in and its direction, the message bundle, and the browser security headers. No
 * use case and no backend call here.
 */
package org.hotspot.portal.web;
