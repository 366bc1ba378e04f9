package org.hotspot.portal.client;

/** One of an organization's routers that has a hotspot DNS name, as a QR code's landing picks among them. */
public record Hotspot(String id, String nasIp, String hotspotDnsName) {
}
