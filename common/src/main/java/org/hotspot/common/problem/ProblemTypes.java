package org.hotspot.common.problem;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Problem type URIs: relative references, stable per kind. */
public final class ProblemTypes {

    public static final String VALIDATION = of("validation");
    public static final String MALFORMED_REQUEST = of("malformed-request");
    public static final String NOT_FOUND = of("not-found");
    public static final String UNAUTHORIZED = of("unauthorized");
    public static final String FORBIDDEN = of("forbidden");
    public static final String INTERNAL = of("internal");

    private ProblemTypes() {
    }

    /**
     * The title of a plain HTTP status, in RFC 9110's words: JAX-RS and Netty still use the older
     * names of 413 and 414.
     */
    public static String titleOf(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> {
                Response.StatusType type = Response.Status.fromStatusCode(status);
                yield type != null ? type.getReasonPhrase() : "HTTP " + status;
            }
        };
    }

    /** The type URI of a plain HTTP status: {@code /problems/content-too-large} for 413. */
    public static String ofStatus(int status) {
        return of(titleOf(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    /** The type URI of a kind, such as {@code /problems/voucher-expired}. */
    public static String of(String kind) {
        return "/problems/" + kind;
    }
}
