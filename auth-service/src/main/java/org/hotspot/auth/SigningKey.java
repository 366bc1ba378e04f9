package org.hotspot.auth;

import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * An RS256 signing key pair and its key id, the RFC 7638 thumbprint of the public key, so the id
 * is derived from the key and never needs storing.
 */
public record SigningKey(String kid, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
}
