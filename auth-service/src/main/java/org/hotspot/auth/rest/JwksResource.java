package org.hotspot.auth.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotspot.auth.SigningKey;
import org.hotspot.auth.service.SigningKeys;

/**
 * The JSON Web Key Set every service verifies access tokens against (RFC 7517). Public by design:
 * it holds public keys only.
 */
@Path("/.well-known/jwks.json")
@PermitAll
public class JwksResource {

    /** One public key of the set. */
    public record Jwk(String kty, String use, String alg, String kid, String n, String e) {
    }

    /** The set. */
    public record Jwks(List<Jwk> keys) {
    }

    private final SigningKeys signingKeys;

    public JwksResource(SigningKeys signingKeys) {
        this.signingKeys = signingKeys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Jwks keys() {
        return new Jwks(signingKeys.published().stream().map(JwksResource::jwk).toList());
    }

    private static Jwk jwk(SigningKey key) {
        return new Jwk("RSA", "sig", "RS256", key.kid(), SigningKeys.base64url(key.publicKey().getModulus()),
                SigningKeys.base64url(key.publicKey().getPublicExponent()));
    }
}
