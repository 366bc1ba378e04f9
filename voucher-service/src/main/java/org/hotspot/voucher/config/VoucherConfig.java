package org.hotspot.voucher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** voucher-service settings. Each key can be set as {@code hotspot.voucher.*} or its environment variable. */
@ConfigMapping(prefix = "hotspot.voucher")
public interface VoucherConfig {

    /** Public URL of the captive portal that voucher QR codes open. */
    @WithDefault("http://127.0.0.1:8080/portal")
    java.net.URI portalUrl();

    /** The largest batch one request may generate. */
    @WithDefault("100000")
    int maxBatchSize();
}
