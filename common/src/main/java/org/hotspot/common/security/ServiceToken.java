package org.hotspot.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own service token, which its calls to other services' internal endpoints carry in
 * {@link ServiceAuthentication#HEADER}: the first of the comma separated tokens of
 * {@code hotspot.service-token} (env {@code HOTSPOT_SERVICE_TOKEN}; no default, the launcher,
 * Kubernetes and compose give it). The same Secret key feeds the receivers, which admit every token
 * in it, so during a rotation the caller sends one of them, never the whole list. Empty when none is
 * set: the receivers then refuse the calls.
 */
@ApplicationScoped
public class ServiceToken {

    private final String value;

    @Inject
    ServiceToken(@ConfigProperty(name = "hotspot.service-token") Optional<String> configured) {
        this.value = configured.map(tokens -> tokens.split(",", 2)[0].trim()).orElse("");
    }

    /** The token to send. */
    public String value() {
        return value;
    }
}
