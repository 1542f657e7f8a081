package vn.cchc.shared.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: a conforming document passes, each broken rule is reported. */
class OpenApiConventionsTest {

    private static final String HEAD = """
            {"openapi":"3.1.0","servers":[{"url":"/"}],
             "components":{"schemas":{"Problem":{"type":"object"},
               "View":{"type":"object","properties":{"unitCode":{"type":"string"},
                 "receivedAt":{"type":"string","format":"date-time"}}}},
               "responses":{"NotFound":{"description":"x","content":{"application/problem+json":
                 {"schema":{"$ref":"#/components/schemas/Problem"}}}}}},
             "paths":{
            """;
    private static final String ERRORS = "\"404\":{\"$ref\":\"#/components/responses/NotFound\"}";

    private static String op(String operationId, String responses, String params) {
        return "{" + (operationId == null ? "" : "\"operationId\":\"" + operationId + "\",") + "\"parameters\":["
                + params + "],\"responses\":{" + responses + "}}";
    }

    private static String ok() {
        return "\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/View\"}}}}," + ERRORS;
    }

    @Test
    void aConformingDocumentPasses() {
        String doc = HEAD + "\"/a/{code}\":{\"get\":" + op("getA", ok(), "{\"name\":\"page\",\"in\":\"query\"}")
                + ",\"delete\":" + op("deleteA", "\"204\":{\"description\":\"gone\"}," + ERRORS, "") + "}}}";
        assertEquals(List.of(), OpenApiConventions.check(doc));
    }

    @Test
    void eachBrokenRuleIsReported() {
        String doc = HEAD
                + "\"/a\":{\"get\":" + op(null, ok(), "{\"name\":\"limit\",\"in\":\"query\"}")
                + ",\"post\":" + op("create_a", "\"201\":{\"description\":\"Created\"}," + ERRORS, "") + "},"
                + "\"/b\":{\"get\":"
                + op(
                        "getB",
                        "\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":"
                                + "{\"schema\":{\"type\":\"string\"}}}},\"404\":{\"description\":\"gone\"}",
                        "{\"name\":\"unit\",\"in\":\"query\"}")
                + ",\"put\":" + op("getB", ok(), "") + "}},"
                + "\"x\":{}}";
        doc = doc.replace(
                "\"receivedAt\":{\"type\":\"string\",\"format\":\"date-time\"}",
                "\"receivedAt\":{\"type\":\"string\"},\"unit\":{\"type\":\"string\"}");
        List<String> v = OpenApiConventions.check(doc);
        String all = String.join("\n", v);
        assertTrue(all.contains("GET /a: no operationId"), all);
        assertTrue(all.contains("GET /a: paging parameter 'limit'"), all);
        assertTrue(all.contains("POST /a: operationId 'create_a' is not lowerCamelCase"), all);
        assertTrue(all.contains("POST /a: 201 has no response schema"), all);
        assertTrue(all.contains("GET /b: 404 without the application/problem+json body"), all);
        assertTrue(all.contains("GET /b: no documented errors"), all);
        assertTrue(all.contains("GET /b: parameter 'unit'"), all);
        assertTrue(all.contains("PUT /b: operationId 'getB' also names GET /b"), all);
        assertTrue(all.contains("schema View.receivedAt: a time without format"), all);
        assertTrue(all.contains("schema View.unit: a unit is named by unitCode"), all);
        assertEquals(10, v.size(), all);
    }
}
