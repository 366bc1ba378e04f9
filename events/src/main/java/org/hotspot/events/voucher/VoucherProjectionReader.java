package org.hotspot.events.voucher;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link VoucherProjection} token by token. router-gateway reads one per RADIUS login;
 * Jackson's data binding (constructor properties, a collection deserializer, a date-time formatter
 * per instant) was a measured 8 % of its CPU, this is a fraction of that. It accepts what
 * {@link ProjectionCodec#write} writes and skips fields it does not know, like the data binding;
 * anything else it cannot read makes the whole entry unreadable, so the caller asks the source of
 * truth instead. {@code ProjectionCodecTest} holds it to the data binding's answers.
 */
final class VoucherProjectionReader {

    private static final long[] SCALE = {1_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L, 100_000L, 10_000L,
            1_000L, 100L, 10L, 1L};

    private final JsonFactory factory;

    VoucherProjectionReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** The projection, or null when the entry is not one. */
    VoucherProjection read(String json) {
        try (JsonParser parser = factory.createParser(json)) {
            VoucherProjection projection = projection(parser);
            return parser.nextToken() == null ? projection : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static VoucherProjection projection(JsonParser parser) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT);
        String voucherId = null, organizationId = null, batchId = null, profileId = null, seller = null;
        VoucherState state = null;
        Instant expiresAt = null, firstUsedAt = null, validUntil = null;
        long timeUsedSeconds = 0, bytesIn = 0, bytesOut = 0, version = 0, termsVersion = 0;
        List<String> boundMacs = null;
        List<VoucherProjection.Device> devices = null;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            expect(token, JsonToken.FIELD_NAME);
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "voucherId" -> voucherId = text(parser, value);
                case "organizationId" -> organizationId = text(parser, value);
                case "batchId" -> batchId = text(parser, value);
                case "profileId" -> profileId = text(parser, value);
                case "state" -> {
                    String name = text(parser, value);
                    state = name == null ? null : VoucherState.valueOf(name);
                }
                case "expiresAt" -> expiresAt = instant(parser, value);
                case "firstUsedAt" -> firstUsedAt = instant(parser, value);
                case "validUntil" -> validUntil = instant(parser, value);
                case "timeUsedSeconds" -> timeUsedSeconds = number(parser, value);
                case "bytesIn" -> bytesIn = number(parser, value);
                case "bytesOut" -> bytesOut = number(parser, value);
                case "version" -> version = number(parser, value);
                case "termsVersion" -> termsVersion = number(parser, value);
                case "seller" -> seller = text(parser, value);
                case "boundMacs" -> boundMacs = texts(parser, value);
                case "devices" -> devices = devices(parser, value);
                default -> parser.skipChildren();
            }
        }
        return new VoucherProjection(voucherId, organizationId, batchId, profileId, state, expiresAt, firstUsedAt,
                validUntil, timeUsedSeconds, bytesIn, bytesOut, boundMacs, devices, version, termsVersion, seller);
    }

    private static List<VoucherProjection.Device> devices(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<VoucherProjection.Device> devices = new ArrayList<>(2);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            expect(token, JsonToken.START_OBJECT);
            String mac = null, sessionId = null, nasId = null;
            Instant seenAt = null;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                expect(t, JsonToken.FIELD_NAME);
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "mac" -> mac = text(parser, v);
                    case "sessionId" -> sessionId = text(parser, v);
                    case "nasId" -> nasId = text(parser, v);
                    case "seenAt" -> seenAt = instant(parser, v);
                    default -> parser.skipChildren();
                }
            }
            devices.add(new VoucherProjection.Device(mac, sessionId, nasId, seenAt));
        }
        return devices;
    }

    private static List<String> texts(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<String> texts = new ArrayList<>(2);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            texts.add(text(parser, token));
        }
        return texts;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private static long number(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return 0;
        }
        expect(value, JsonToken.VALUE_NUMBER_INT);
        return parser.getLongValue();
    }

    private static Instant instant(JsonParser parser, JsonToken value) throws IOException {
        String text = text(parser, value);
        return text == null ? null : instant(text);
    }

    /**
     * {@code 2026-11-29T07:15:50.123Z}, the form {@code DateTimeFormatter.ISO_INSTANT} writes for
     * years 0 to 9999, without the formatter's machinery; any other form goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z'
                || n > 20 && (text.charAt(19) != '.' || n == 21)) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4), month = digits(text, 5, 7), day = digits(text, 8, 10);
        int hour = digits(text, 11, 13), minute = digits(text, 14, 16), second = digits(text, 17, 19);
        int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        long nanos = n > 20 ? fraction * SCALE[n - 21] : 0;
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
    }

    /** The decimal number in text[from, to), or -1 when any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + ", found " + actual);
        }
    }
}
