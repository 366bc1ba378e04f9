package org.hotspot.portal.dashboard.vouchers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Addresses of the vouchers and sessions pages, their values encoded. */
public final class Links {

    private Links() {
    }

    /** One path segment: a session id holds a colon, a router's Acct-Session-Id anything. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code path} with the non-blank parameters, in order. */
    public static String withQuery(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** An ordered map of parameters; null values are left out of the address. */
    public static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** A page number as typed in an address: anything not a small whole number is the first page. */
    public static int page(String typed) {
        try {
            int page = typed == null ? 0 : Integer.parseInt(typed.trim());
            return page < 0 || page > 100_000 ? 0 : page;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Blank is absent. */
    public static String given(String typed) {
        return typed == null || typed.isBlank() ? null : typed.trim();
    }
}
