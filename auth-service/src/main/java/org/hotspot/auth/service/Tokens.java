package org.hotspot.auth.service;

/** What a login or a refresh hands out. */
public record Tokens(String accessToken, String refreshToken, long expiresIn) {
}
