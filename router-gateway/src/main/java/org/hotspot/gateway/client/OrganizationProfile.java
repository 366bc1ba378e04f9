package org.hotspot.gateway.client;

/** An organization's name and the language its customers are addressed in. */
public record OrganizationProfile(String id, String name, String language) {
}
