package vn.cchc.shared.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Level {
        PROVINCE,
        COMMUNE
    }

    record Fee(
            String name,
            BigDecimal amount,
            Double rate,
            int count,
            Level level,
            List<String> tags,
            Map<String, Integer> answers) {}

    final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());

    Fee read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Fee.class);
    }

    @Test
    void aValidDocumentIsReadAndItsTextPutInNfc() throws Exception {
        Fee fee = read(
                "{\"name\":\"Nguye\u0302\u0303n\",\"amount\":50000.5,\"rate\":0.25,\"count\":2,\"level\":\"COMMUNE\","
                        + "\"tags\":[\"a\"],\"answers\":{\"overall\":5}}");
        assertEquals("Nguyễn", fee.name());
        assertEquals(new BigDecimal("50000.5"), fee.amount());
        assertEquals(Level.COMMUNE, fee.level());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Object[][] cases = {
            {"{\"name\":\"a\\u0000b\"}", "name", "noNulCharacter"},
            {"{\"rate\":1e309}", "rate", "range"},
            {"{\"amount\":1e309}", "amount", "range"},
            {"{\"amount\":99999999999999999}", "amount", "range"},
            {"{\"amount\":0.1234567}", "amount", "range"},
            {"{\"tags\":[null]}", "tags[0]", null},
            {"{\"answers\":{\"overall\":null}}", "answers.overall", null},
            {"{\"level\":1}", "level", null},
            {"{\"count\":99999999999}", "count", null},
            {"{\"count\":1.5}", "count", null},
        };
        for (Object[] c : cases) {
            JsonMappingException e = assertThrows(JsonMappingException.class, () -> read((String) c[0]), (String) c[0]);
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            assertEquals(c[1], path, (String) c[0]);
            if (c[2] != null) {
                assertTrue(e instanceof TextRuleException t && t.rule().equals(c[2]), (String) c[0] + " → " + e);
            }
        }
    }

    @Test
    void rootLevelArraysStillRead() throws Exception {
        assertEquals(2, mapper.readValue("[\"a\",\"b\"]", String[].class).length);
        assertEquals(
                List.of("a"),
                mapper.readValue("[\"a\"]", new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {}));
    }

    @Test
    void malformedDocumentsAreRefused() {
        for (String json : new String[] {
            "{\"name\":\"a\",\"name\":\"b\"}",
            "{\"name\":\"a\"} trailing",
            "{\"rate\":NaN}",
            "[".repeat(100) + "]".repeat(100)
        }) {
            assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Object.class), json);
        }
    }
}
