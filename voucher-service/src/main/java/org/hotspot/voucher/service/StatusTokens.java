package org.hotspot.voucher.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * The token an accepted precheck gives the portal for the customer's "you are online" and status
 * pages: {@code <voucher id>.<expiry, epoch seconds>.<tag>}, the tag a truncated HMAC-SHA256 of the
 * other two. It travels in the login's {@code dst} URL through the router and back, so it carries
 * no code and, once expired, opens nothing: a link copied from a phone's history shows nobody's
 * usage a day later.
 */
@ApplicationScoped
public class StatusTokens {

    /** 128 bits of tag, as QR tokens: forging one for another voucher or a later expiry is out of reach. */
    private static final int TAG_BYTES = 16;

    private final byte[] key;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    public StatusTokens(VoucherKeys keys, VoucherConfig config) {
        this.key = keys.statusKey();
        this.ttl = config.precheck().statusTokenTtl();
    }

    public String issue(String voucherId) {
        String signed = voucherId + "." + Instant.now(clock).plus(ttl).getEpochSecond();
        return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag(signed));
    }

    /** The voucher id the token was issued for, or null for a token forged, altered or expired. */
    public String verify(String token) {
        if (token == null) {
            return null;
        }
        int tagDot = token.lastIndexOf('.');
        int expiryDot = tagDot <= 0 ? -1 : token.lastIndexOf('.', tagDot - 1);
        if (expiryDot <= 0 || tagDot == token.length() - 1) {
            return null;
        }
        String signed = token.substring(0, tagDot);
        byte[] presented;
        long expiry;
        try {
            presented = Base64.getUrlDecoder().decode(token.substring(tagDot + 1));
            expiry = Long.parseLong(token.substring(expiryDot + 1, tagDot));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!MessageDigest.isEqual(tag(signed), presented) || Instant.now(clock).getEpochSecond() >= expiry) {
            return null;
        }
        return token.substring(0, expiryDot);
    }

    private byte[] tag(String signed) {
        return Arrays.copyOf(Hmacs.sha256(key, "status:" + signed), TAG_BYTES);
    }
}
