package org.hotspot.portal.client;

import java.time.Duration;

/**
 * voucher-service's answer to a code before the router is asked.
 *
 * @param outcome     {@link #OK}, a reject's wire form ({@code unknown}, {@code expired}, ...), or
 *                    {@link #TOO_MANY_ATTEMPTS}
 * @param statusToken for {@link #OK} only: what the online and status pages read the voucher by
 * @param retryAfter  for {@link #TOO_MANY_ATTEMPTS} only
 */
public record Precheck(String outcome, String statusToken, Duration retryAfter) {

    public static final String OK = "ok";
    public static final String TOO_MANY_ATTEMPTS = "too-many-attempts";

    public boolean ok() {
        return OK.equals(outcome) && statusToken != null;
    }
}
