package org.hotspot.testing.mikrotik;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request to the stand-in's web server: its path, its query and form fields merged (a router
 * takes the login as a GET or a POST), and the answer written back.
 *
 * @param exchange the JDK server's exchange
 * @param path     the request path
 * @param fields   query and form fields, the form's winning
 */
record FormRequest(HttpExchange exchange, String path, Map<String, String> fields) {

    static FormRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new HashMap<>();
        decode(exchange.getRequestURI().getRawQuery(), fields);
        try (InputStream body = exchange.getRequestBody()) {
            decode(new String(body.readAllBytes(), StandardCharsets.UTF_8), fields);
        }
        return new FormRequest(exchange, exchange.getRequestURI().getPath(), fields);
    }

    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** The URL the browser asked for, as a router puts it in {@code $(link-orig)}. */
    String requestedUrl(String base) {
        String query = exchange.getRequestURI().getRawQuery();
        return base + path + (query == null ? "" : "?" + query);
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=UTF-8", page);
    }

    void text(int status, String body) throws IOException {
        send(status, "text/plain; charset=UTF-8", body);
    }

    private void send(int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void decode(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            into.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }
}
