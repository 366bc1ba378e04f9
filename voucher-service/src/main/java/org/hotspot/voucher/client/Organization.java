package org.hotspot.voucher.client;

/** What voucher-service needs of an organization: the name on its cards and the language they are in. */
public record Organization(String id, String name, String language) {
}
