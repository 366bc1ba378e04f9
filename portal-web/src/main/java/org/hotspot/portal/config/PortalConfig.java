package org.hotspot.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** portal-web settings. Each key can be set as {@code hotspot.portal.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.portal")
public interface PortalConfig {

    /** Base URL of voucher-service, for the portal's precheck and the API proxy. */
    @WithDefault("http://127.0.0.1:8082")
    URI voucherServiceUrl();

    /** Base URL of session-service, for the API proxy. */
    @WithDefault("http://127.0.0.1:8083")
    URI sessionServiceUrl();

    /** Base URL of router-gateway, for the API proxy. */
    @WithDefault("http://127.0.0.1:8084")
    URI gatewayUrl();
}
