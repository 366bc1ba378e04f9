package org.hotspot.portal.mikrotik;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason code router-gateway puts at the end of an Access-Reject's Reply-Message
 * ({@code This voucher has no time or data left. [exhausted]}), which the router hands back as
 * {@code $(error)}. The portal translates the code; the text around it is shown to nobody, since
 * the router passes it on unescaped and anyone can put anything in a link.
 */
public final class ReplyMessage {

    private static final Pattern REASON = Pattern.compile("\\[([a-z-]+)\\]\\s*$");
    /** Longer than any reason code: a longer one is not ours. */
    private static final int MAX_CODE = 32;

    private ReplyMessage() {
    }

    /** The reason code, or empty when the message carries none (MikroTik's own errors, nothing at all). */
    public static Optional<String> reason(String error) {
        if (error == null) {
            return Optional.empty();
        }
        Matcher matcher = REASON.matcher(error);
        return matcher.find() && matcher.group(1).length() <= MAX_CODE ? Optional.of(matcher.group(1))
                : Optional.empty();
    }
}
