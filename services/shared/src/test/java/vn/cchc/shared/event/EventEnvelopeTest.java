package vn.cchc.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private final EventCodec codec = new EventCodec(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void roundTripsAsStructuredCloudEventWithVietnameseText() {
        var data = codec.mapper().createObjectNode().put("name", "Đăng ký khai sinh");
        EventEnvelope event = EventEnvelope.create(
                "/cchc/procedures",
                "ProcedurePublished",
                "1.000948.H99",
                1,
                OffsetDateTime.of(2026, 11, 21, 8, 0, 0, 0, ZoneOffset.UTC),
                data);
        String json = codec.write(event);
        assertTrue(json.contains("\"specversion\":\"1.0\""), json);
        assertTrue(json.contains("\"schemaversion\":1"), json);
        assertTrue(json.contains("Đăng ký khai sinh"), json);
        EventEnvelope read = codec.read(json);
        assertEquals(event, read);
    }

    @Test
    void refusesEnvelopesWithoutRequiredAttributes() {
        assertThrows(MalformedEventException.class, () -> codec.read("{\"id\":\"x\",\"type\":\"T\"}"));
        assertThrows(MalformedEventException.class, () -> codec.read("not json"));
        assertThrows(
                IllegalArgumentException.class,
                () -> EventEnvelope.create("/s", "T", "k", 0, OffsetDateTime.now(), null));
    }
}
