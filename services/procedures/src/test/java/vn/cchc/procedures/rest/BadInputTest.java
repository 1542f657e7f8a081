package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.procedures.Fixtures.CATALOGUE;
import static vn.cchc.procedures.Fixtures.adminOf;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;
import static vn.cchc.procedures.Fixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;

/**
 * Issue 11 items 6 and 7: clearly invalid data is a 400 naming the field and the rule, never a 5xx, and nothing
 * is written.
 */
@QuarkusTest
class BadInputTest {

    @Inject
    EntityManager em;

    String p;

    @BeforeEach
    void province() {
        Fixtures.h99();
        p = "B" + suffix();
        createUnit(
                with(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()), "validFrom", "2008-01-01"));
        createUnit(unit(p + ".X1", "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
    }

    @Test
    void aUnitValidFromYearZeroOrBeforeItsParentIsRefused() {
        String admin = adminOf(p);
        Map<String, Object> child = unit(p + ".X2", "Xã Hai", "ADMINISTRATION", "COMMUNE", p, false, List.of());
        post(admin, "/api/v1/procedures/units", with(child, "validFrom", "0000-01-01"))
                .body("violations[0].field", equalTo("validFrom"), "violations[0].rule", equalTo("range"));
        post(admin, "/api/v1/procedures/units", with(child, "validFrom", "-0001-01-01"))
                .body("violations[0].field", equalTo("validFrom"));
        post(admin, "/api/v1/procedures/units", with(child, "validFrom", "9999-12-31"))
                .body("violations[0].field", equalTo("validFrom"), "violations[0].rule", equalTo("range"));
        post(admin, "/api/v1/procedures/units", with(child, "validFrom", "2000-01-01"))
                .body("violations[0].field", equalTo("validFrom"), "violations[0].rule", equalTo("notBeforeParent"));
        post(admin, "/api/v1/procedures/units", with(with(child, "validFrom", "2025-07-01"), "validTo", "2999-01-01"))
                .body("violations[0].field", equalTo("validTo"), "violations[0].rule", equalTo("range"));
        // the same rules in an import, parents in the same file included
        post(
                        admin,
                        "/api/v1/procedures/units/import",
                        List.of(
                                unit(p + ".X3", "Xã Ba", "ADMINISTRATION", "COMMUNE", p, false, List.of()),
                                with(
                                        unit(
                                                p + ".X3.MC",
                                                "Một cửa",
                                                "ONE_STOP",
                                                "COMMUNE",
                                                p + ".X3",
                                                true,
                                                List.of()),
                                        "validFrom",
                                        "2025-06-30")))
                .body(
                        "violations[0].field",
                        equalTo("rows[1].validFrom"),
                        "violations[0].rule",
                        equalTo("notBeforeParent"));
        // a unit cannot start after its children
        put(
                        admin,
                        "/api/v1/procedures/units/" + p,
                        with(
                                unit(null, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()),
                                "validFrom",
                                "2030-01-01"))
                .statusCode(403); // the root is national data
        put(
                        admin,
                        "/api/v1/procedures/units/" + p + ".X1",
                        with(
                                unit(null, "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()),
                                "validFrom",
                                "2000-01-01"))
                .body("violations[0].rule", equalTo("notBeforeParent"));
        // merging on a day outside the calendar
        post(admin, "/api/v1/procedures/units/" + p + ".X1/merge", Map.of("successorCode", p, "lastDay", "9999-12-31"))
                .body("violations[0].field", equalTo("lastDay"));
        assertEquals(2L, count("select count(*) from admin_unit where code like '" + p + "%'"));
    }

    @Test
    void absurdFeesAndNumbersAreRefused() {
        String code = "1." + suffix() + ".H99";
        Map<String, Object> body = procedure(code, "Thủ tục", "Hộ tịch");
        postRaw("/api/v1/procedures", json(body).replace("\"amount\":8000", "\"amount\":1e309"))
                .body("violations[0].field", equalTo("fees[0].amount"));
        post(CATALOGUE, "/api/v1/procedures", with(body, "fees", List.of(Map.of("name", "Lệ phí", "amount", -1))))
                .body("violations[0].field", equalTo("fees[0].amount"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures",
                        with(body, "fees", List.of(Map.of("name", "Lệ phí", "amount", 99999999999999L))))
                .body("violations[0].field", equalTo("fees[0].amount"), "violations.rule", hasItem("decimalMax"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures",
                        with(body, "processingTime", Map.of("value", 99999999999L, "unit", "DAYS")))
                .body("violations[0].field", equalTo("processingTime.value"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures",
                        with(
                                body,
                                "components",
                                List.of(Map.of("name", "Tờ khai", "copies", 99999999999L, "required", true))))
                .body("violations[0].field", equalTo("components[0].copies"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures",
                        with(body, "components", List.of(Map.of("name", "Tờ khai", "copies", 5000, "required", true))))
                .body("violations[0].field", equalTo("components[0].copies"));
        assertEquals(0L, count("select count(*) from procedure where code = '" + code + "'"));
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        String code = "1." + suffix() + ".H99";
        post(CATALOGUE, "/api/v1/procedures", procedure(code, "Thủ tục", "Hộ tịch"))
                .statusCode(201);
        Map<String, Object> decision = new HashMap<>(Map.of(
                "number",
                "1/QĐ",
                "decisionDate",
                "2025-06-01",
                "effectiveDate",
                "2101-01-01",
                "items",
                List.of(Map.of("procedureCode", code, "action", "PUBLISH"))));
        post(CATALOGUE, "/api/v1/procedures/decisions", decision)
                .body("violations[0].field", equalTo("effectiveDate"), "violations[0].rule", equalTo("range"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures/decisions",
                        with(with(decision, "effectiveDate", "2025-07-01"), "decisionDate", "1899-12-31"))
                .body("violations[0].field", equalTo("decisionDate"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures/" + code + "/publication",
                        Map.of("decisionNumber", "1/QĐ", "decisionDate", "2025-06-01", "effectiveDate", "9999-12-31"))
                .body("violations[0].field", equalTo("effectiveDate"));
        for (String path : List.of(
                "/api/v1/procedures",
                "/api/v1/procedures/fields",
                "/api/v1/procedures/" + code,
                "/api/v1/procedures/units")) {
            for (String asOf : List.of("9999-01-01", "-0001-01-01", "2026-02-30", "abc")) {
                given().queryParam("asOf", asOf)
                        .when()
                        .get(path)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations[0].field", equalTo("asOf"));
            }
        }
        given().auth()
                .oauth2(CATALOGUE)
                .queryParam("asOf", "9999-01-01")
                .when()
                .get("/api/v1/procedures/reports/time-reduction")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        assertEquals(
                0L,
                count("select count(*) from decision_item i join procedure p on p.id = i.procedure_id where p.code = '"
                        + code + "'"));
    }

    @Test
    void unknownEnumValuesAndMissingObjectsAreRefused() {
        String code = "1." + suffix() + ".H99";
        Map<String, Object> body = procedure(code, "Thủ tục", "Hộ tịch");
        post(CATALOGUE, "/api/v1/procedures", with(body, "onlineLevel", "HALF"))
                .body("violations[0].field", equalTo("onlineLevel"));
        post(CATALOGUE, "/api/v1/procedures", with(body, "channels", List.of("FAX")))
                .body("violations[0].field", equalTo("channels[0]"));
        postRaw("/api/v1/procedures", json(body).replace("\"onlineLevel\":\"PARTIAL\"", "\"onlineLevel\":1"))
                .body("violations[0].field", equalTo("onlineLevel"));
        post(CATALOGUE, "/api/v1/procedures", with(body, "processingTime", null))
                .body("violations[0].field", equalTo("processingTime"));
        post(CATALOGUE, "/api/v1/procedures", with(body, "statutoryTime", Map.of()))
                .body("violations.field", hasItem("statutoryTime.value"));
        postRaw("/api/v1/procedures", json(body).replace("\"fees\":[", "\"fees\":[null,"))
                .body("violations[0].field", org.hamcrest.Matchers.startsWith("fees"));
        postRaw("/api/v1/procedures", "null").body("violations[0].field", equalTo("body"));
        post(
                        CATALOGUE,
                        "/api/v1/procedures/decisions",
                        Map.of(
                                "number",
                                "1/QĐ",
                                "decisionDate",
                                "2025-06-01",
                                "effectiveDate",
                                "2025-07-01",
                                "items",
                                List.of(Map.of("procedureCode", code, "action", "DELETE"))))
                .body("violations[0].field", equalTo("items[0].action"));
        Map<String, Object> noItems =
                new HashMap<>(Map.of("number", "1/QĐ", "decisionDate", "2025-06-01", "effectiveDate", "2025-07-01"));
        noItems.put("items", null);
        post(CATALOGUE, "/api/v1/procedures/decisions", noItems).body("violations[0].field", equalTo("items"));
        post(
                        adminOf(p),
                        "/api/v1/procedures/units",
                        with(unit(p + ".X5", "Xã", "HAMLET", "COMMUNE", p, false, List.of()), "kind", "HAMLET"))
                .body("violations[0].field", equalTo("kind"));
        post(adminOf(p), "/api/v1/procedures/units/" + p + ".X1/merge", Map.of("successorCode", p))
                .body("violations[0].field", equalTo("lastDay"));
        given().queryParam("state", "FOO")
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("state"));
        given().queryParam("kind", "FOO")
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().auth()
                .oauth2(CATALOGUE)
                .queryParam("groupBy", "FOO")
                .when()
                .get("/api/v1/procedures/reports/time-reduction")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("groupBy"));
        assertEquals(0L, count("select count(*) from procedure where code = '" + code + "'"));
        assertEquals(0L, count("select count(*) from admin_unit where code = '" + p + ".X5'"));
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .contentType(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.startsWith("application/problem+json"),
                        org.hamcrest.Matchers.startsWith("application/json")))
                .statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    private static ValidatableResponse postRaw(String path, String json) {
        return given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse put(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
