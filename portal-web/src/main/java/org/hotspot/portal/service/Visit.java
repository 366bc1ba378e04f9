package org.hotspot.portal.service;

/**
 * What the portal knows of the browser asking.
 *
 * @param lang           {@code ?lang=}, may be null
 * @param acceptLanguage the browser's {@code Accept-Language}, may be null
 * @param clientAddress  the phone's address as seen here (through trusted proxies only)
 */
public record Visit(String lang, String acceptLanguage, String clientAddress) {
}
