package org.hotspot.voucher.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.hotspot.voucher.config.VoucherConfig;

/**
 * The token a card's QR code carries instead of the code: the voucher's id and a truncated
 * HMAC-SHA256 of it ({@code <id>.<tag>}). Anyone photographing the QR gets a link the portal
 * resolves, never the code itself, and the portal refuses it once the voucher is revoked.
 */
@ApplicationScoped
public class QrTokens {

    /** 128 bits of tag: forging a token for another voucher id is out of reach. */
    private static final int TAG_BYTES = 16;

    private final byte[] key;
    private final URI portalUrl;

    public QrTokens(VoucherKeys keys, VoucherConfig config) {
        this.key = keys.qrKey();
        this.portalUrl = config.portalUrl();
    }

    public String issue(String voucherId) {
        return voucherId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag(voucherId));
    }

    /** The portal link a QR code opens. */
    public String link(String voucherId) {
        String base = portalUrl.toString();
        return base + (base.contains("?") ? "&" : "?") + "v=" + issue(voucherId);
    }

    /** The voucher id the token was issued for, or null for anything not issued with our key. */
    public String verify(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return null;
        }
        String voucherId = token.substring(0, dot);
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return MessageDigest.isEqual(tag(voucherId), presented) ? voucherId : null;
    }

    private byte[] tag(String voucherId) {
        return Arrays.copyOf(Hmacs.sha256(key, "qr:" + voucherId), TAG_BYTES);
    }
}
