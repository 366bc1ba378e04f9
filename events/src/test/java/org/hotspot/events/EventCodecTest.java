package org.hotspot.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    record Usage(String voucher, long bytesIn, long bytesOut, List<String> macs) {
    }

    static final EventType<Usage> USAGE_V2 = new EventType<>("UsageUpdated", 2, Topics.SESSION_EVENTS, Usage.class);

    final EventCodec codec = new EventCodec();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:15:30.123456Z"), ZoneOffset.UTC);

    @Test
    void roundTripKeepsEveryEnvelopeFieldAndThePayload() {
        Usage usage = new Usage("ABCD2345", 5_000_000_000L, 42L, List.of("AA:BB:CC:DD:EE:FF"));
        Event<Usage> event = Event.of(USAGE_V2, "org-1", usage, clock);

        Event<Usage> back = codec.decode(codec.encode(event), USAGE_V2);

        assertThat(back).isEqualTo(event);
        assertThat(back.payload().bytesIn()).isEqualTo(5_000_000_000L);
    }

    @Test
    void wireFormatHasTheSpecFieldNamesAndIsoTime() throws Exception {
        Event<Usage> event = Event.of(USAGE_V2, "org-1", new Usage("X", 1, 2, List.of()), clock);

        JsonNode json = new ObjectMapper().readTree(codec.encode(event));

        assertThat(json.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "type", "version", "occurredAt", "organizationId", "payload");
        assertThat(json.get("type").asText()).isEqualTo("UsageUpdated");
        assertThat(json.get("version").asInt()).isEqualTo(2);
        assertThat(json.get("occurredAt").asText()).isEqualTo("2026-11-21T10:15:30.123456Z");
        assertThat(json.get("payload").get("bytesIn").asLong()).isEqualTo(1);
    }

    @Test
    void olderVersionsAndUnknownPayloadFieldsAreAccepted() {
        String json = """
                {"id":"%s","type":"UsageUpdated","version":1,"occurredAt":"2026-01-01T00:00:00Z",
                 "organizationId":"org-9","payload":{"voucher":"V","bytesIn":7,"bytesOut":8,"macs":[],"later":true}}
                """.formatted(UUID.randomUUID());

        Event<Usage> event = codec.decode(json.getBytes(UTF_8), USAGE_V2);

        assertThat(event.version()).isEqualTo(1);
        assertThat(event.payload().bytesOut()).isEqualTo(8);
    }

    @Test
    void peekReadsTheEnvelopeWithoutThePayloadType() {
        Event<Usage> event = Event.of(USAGE_V2, "org-1", new Usage("X", 1, 2, List.of()), clock);

        EventHeader header = codec.peek(codec.encode(event));

        assertThat(header).isEqualTo(new EventHeader(event.id(), "UsageUpdated", 2, event.occurredAt(), "org-1"));
    }

    @Test
    void aNewerVersionThanKnownIsRefused() {
        EventType<Usage> v3 = new EventType<>("UsageUpdated", 3, Topics.SESSION_EVENTS, Usage.class);
        byte[] json = codec.encode(Event.of(v3, "org-1", new Usage("X", 1, 2, List.of()), clock));

        assertThatThrownBy(() -> codec.decode(json, USAGE_V2))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void anotherTypeIsRefused() {
        EventType<Usage> other = new EventType<>("SessionOpened", 1, Topics.SESSION_EVENTS, Usage.class);
        byte[] json = codec.encode(Event.of(other, "org-1", new Usage("X", 1, 2, List.of()), clock));

        assertThatThrownBy(() -> codec.decode(json, USAGE_V2)).isInstanceOf(EventFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1,2]",
            "{\"type\":\"UsageUpdated\"}",
            "{\"id\":\"nope\",\"type\":\"UsageUpdated\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"organizationId\":\"o\",\"payload\":{}}",
            "{\"id\":\"6f1c1f9e-6b7e-4f7e-9d53-0f7a8e0c1a11\",\"type\":\"UsageUpdated\",\"version\":0,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"organizationId\":\"o\",\"payload\":{}}",
            "{\"id\":\"6f1c1f9e-6b7e-4f7e-9d53-0f7a8e0c1a11\",\"type\":\"UsageUpdated\",\"version\":1,\"occurredAt\":\"yesterday\",\"organizationId\":\"o\",\"payload\":{}}",
            "{\"id\":\"6f1c1f9e-6b7e-4f7e-9d53-0f7a8e0c1a11\",\"type\":\"UsageUpdated\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"organizationId\":\"o\"}",
            "{\"id\":\"6f1c1f9e-6b7e-4f7e-9d53-0f7a8e0c1a11\",\"type\":\"UsageUpdated\",\"version\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"organizationId\":\"o\",\"payload\":{\"bytesIn\":\"many\"}}"
    })
    void malformedValuesAreAFormatErrorNeverAnotherException(String json) {
        assertThatThrownBy(() -> codec.decode(json.getBytes(UTF_8), USAGE_V2))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void topicNamesAreKebabCaseAndComplete() {
        assertThat(Topics.ALL).containsExactly("voucher-events", "accounting-records", "session-events",
                "router-commands", "router-events", "audit-events");
        assertThat(Topics.ALL).allMatch(t -> t.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void anEventTypeOnATopicThatIsNotKebabCaseIsRefused() {
        assertThatThrownBy(() -> new EventType<>("X", 1, "voucherEvents", Usage.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
