package org.hotspot.portal.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables a MikroTik's {@code login.html} (from the hotspot kit) sends the browser to the
 * portal with, plus the router's id baked into the kit. Carried from page to page in the URL and in
 * hidden fields, never in a cookie: captive-network mini browsers keep none.
 */
public record RouterEntry(String router, String linkLoginOnly, String linkOrig, String linkLogout, String mac,
        String ip, String chapId, String chapChallenge, String error, String identity) {

    /** The field names, as the kit's form and the portal's hidden fields write them. */
    public static final List<String> NAMES = List.of("router", "link-login-only", "link-orig", "link-logout", "mac",
            "ip", "chap-id", "chap-challenge", "error", "identity");

    /** Longer values are not a router's; they are dropped rather than echoed. */
    static final int MAX_VALUE = 2048;

    /** One hidden field or query parameter. */
    public record Field(String name, String value) {
    }

    /** From a request's query or form parameters (first value of each). */
    public static RouterEntry from(Map<String, List<String>> parameters) {
        List<String> values = NAMES.stream().map(name -> first(parameters, name)).toList();
        return new RouterEntry(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5), values.get(6), values.get(7), values.get(8), values.get(9));
    }

    /** The variables set, in order, for hidden fields and links. */
    public List<Field> fields() {
        List<String> values = List.of(nonNull(router), nonNull(linkLoginOnly), nonNull(linkOrig), nonNull(linkLogout),
                nonNull(mac), nonNull(ip), nonNull(chapId), nonNull(chapChallenge), nonNull(error), nonNull(identity));
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            if (!values.get(i).isEmpty()) {
                fields.add(new Field(NAMES.get(i), values.get(i)));
            }
        }
        return fields;
    }

    /**
     * The variables carried on to the next page (hidden fields, language links): all but the
     * router's error, which belongs to the page it came with.
     */
    public List<Field> carried() {
        return fields().stream().filter(field -> !field.name().equals("error")).toList();
    }

    /** {@link #carried()} as a query string. */
    String query() {
        return carried().stream()
                .map(field -> encode(field.name()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        String value = values.get(0).strip();
        return value.isEmpty() || value.length() > MAX_VALUE ? null : value;
    }
}
