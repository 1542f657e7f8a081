package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * Issue 11 in the dossiers service, each case through the REST API on real PostgreSQL and Kafka: the national calendar
 * only by a national admin, province scope and read-only inspectors, the integration client kept to its API, clearly
 * invalid data refused with the field and the rule (nothing written), safe download headers, the tracking throttle.
 */
@QuarkusTest
class HardeningTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    Province p;
    Province q;

    @BeforeEach
    void provinces() {
        p = Province.create(codec, mapper, em);
        q = Province.create(codec, mapper, em);
    }

    static String token(String name, String unit, String... roles) {
        return TestTokens.token(name, unit, roles);
    }

    Map<String, Object> intake(Province in, String unit, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", in.procedure);
        body.put("receivingUnitCode", unit);
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", "Trần Thị Mai", "phone", "0912345678"));
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return body;
    }

    String receive(String receivedAt) {
        return given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(p, p.code + ".X1.MC", receivedAt))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    ValidatableResponse act(String token, String code, String action, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/" + action)
                .then();
    }

    long count(String sql) {
        return Province.count(em, sql);
    }

    // ------------------------------------------------------------------ item 1: national calendar

    @Test
    void theNationalCalendarIsWrittenOnlyByANationalAdminAndAProvincesOnlyByItsAdmin() {
        String day = "2031-12-31"; // a Wednesday
        Map<String, Object> entry = Map.of("date", day, "kind", "HOLIDAY", "note", "Quyết định thử");
        String noUnit = token("admin-nounit", null, "admin");
        given().auth()
                .oauth2(noUnit)
                .contentType(ContentType.JSON)
                .body(entry)
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(noUnit)
                .contentType(ContentType.JSON)
                .body(Map.of("date", day))
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(403); // access before the body
        given().auth()
                .oauth2(noUnit)
                .queryParam("province", "VN")
                .when()
                .delete("/api/v1/dossiers/calendar/2026/entries/1")
                .then()
                .statusCode(403);
        assertEquals(0, count("select count(*) from calendar_entry where day = '" + day + "'"), "nothing written");

        String adminP = token("admin-" + p.code, p.code, "admin");
        String adminQ = token("admin-" + q.code, q.code, "admin");
        given().auth()
                .oauth2(adminP)
                .queryParam("province", "VN")
                .contentType(ContentType.JSON)
                .body(entry)
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(adminQ)
                .queryParam("province", p.code)
                .contentType(ContentType.JSON)
                .body(entry)
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(403);
        int id = given().auth()
                .oauth2(adminP)
                .contentType(ContentType.JSON)
                .body(entry)
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                1,
                count("select count(*) from calendar_entry where province_code = '" + p.code + "' and day = '" + day
                        + "'"));
        // the decision applies to the province's calendar only
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/calendar/2031")
                .then()
                .statusCode(200)
                .body("province", equalTo(p.code), "nonWorkingWeekdays", hasItem(day));
        given().auth()
                .oauth2(q.officer)
                .when()
                .get("/api/v1/dossiers/calendar/2031")
                .then()
                .statusCode(200)
                .body("province", equalTo(q.code), "nonWorkingWeekdays", not(hasItem(day)));
        given().auth()
                .oauth2(adminQ)
                .queryParam("province", p.code)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(adminQ)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + id)
                .then()
                .statusCode(404);

        String national = token("national", null, "national-admin");
        given().auth()
                .oauth2(national)
                .queryParam("province", p.code)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(national)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(adminP)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + id)
                .then()
                .statusCode(204);

        int vn = given().auth()
                .oauth2(national)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2031-12-30", "kind", "HOLIDAY"))
                .when()
                .post("/api/v1/dossiers/calendar/2031/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(1, count("select count(*) from calendar_entry where province_code = 'VN' and id = " + vn));
        given().auth()
                .oauth2(national)
                .when()
                .get("/api/v1/dossiers/calendar/2031")
                .then()
                .statusCode(200)
                .body("province", equalTo("VN"), "nonWorkingWeekdays", hasItem("2031-12-30"));
        given().auth()
                .oauth2(adminP)
                .queryParam("province", "VN")
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + vn)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(national)
                .when()
                .delete("/api/v1/dossiers/calendar/2031/entries/" + vn)
                .then()
                .statusCode(204);
    }

    @Test
    void calendarYearsOutsideTheSupportedRangeAreA400NamingTheYear() {
        // issue 12: every year 1900–2100 (docs/domain/calendar.md §9); 2019 and 2036 were a 400 before
        for (String year : List.of("1899", "99999", "abc", "-1", "2101")) {
            given().auth()
                    .oauth2(p.officer)
                    .when()
                    .get("/api/v1/dossiers/calendar/" + year)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("year"));
        }
        for (String year : List.of("1900", "2019", "2036", "2100")) {
            given().auth()
                    .oauth2(p.officer)
                    .when()
                    .get("/api/v1/dossiers/calendar/" + year)
                    .then()
                    .statusCode(200)
                    .body("year", equalTo(Integer.parseInt(year)));
        }
        given().auth()
                .oauth2(p.officer)
                .queryParam("province", "NOWHERE")
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("province"));
        given().auth()
                .oauth2(p.officer)
                .queryParam("province", p.code + ".X1")
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("province"));
        String citizen = token("citizen-cal", null, "citizen");
        given().auth()
                .oauth2(citizen)
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(citizen)
                .queryParam("province", "VN")
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(200)
                .body("province", equalTo("VN"));
        given().auth()
                .oauth2(token("portal-" + p.code, p.code, "integration"))
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(403);
        // the admin's own decisions: years are checked too
        given().auth()
                .oauth2(token("admin-" + p.code, p.code, "admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("date", "9999-12-31", "kind", "HOLIDAY"))
                .when()
                .post("/api/v1/dossiers/calendar/9999/entries")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }

    // ------------------------------------------------------------------ item 2: province scope and roles

    @Test
    void inspectorsReadTheirWholeProvinceAndWriteNothing() {
        String code = receive(null);
        String atCommune = token("inspector-x2-" + p.code, p.code + ".X2", "inspector");
        for (String inspector : List.of(p.inspector, atCommune)) {
            given().auth()
                    .oauth2(inspector)
                    .when()
                    .get("/api/v1/dossiers/" + code)
                    .then()
                    .statusCode(200)
                    .body("allowedActions", equalTo(List.of()));
            given().auth()
                    .oauth2(inspector)
                    .when()
                    .get("/api/v1/dossiers")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem(code));
            given().auth()
                    .oauth2(inspector)
                    .when()
                    .get("/api/v1/dossiers/" + code + "/documents/mau-01")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(inspector)
                    .queryParam("unit", p.code + ".X1.MC")
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .when()
                    .get("/api/v1/dossiers/book")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(inspector)
                    .queryParam("unit", p.code + ".X1")
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .when()
                    .get("/api/v1/dossiers/reports/period")
                    .then()
                    .statusCode(200);
            act(inspector, code, "start", Map.of()).statusCode(403);
        }
        given().auth()
                .oauth2(q.inspector)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(q.inspector)
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(code)));
        given().auth()
                .oauth2(q.inspector)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(403);
        assertEquals(
                "RECEIVED",
                given().auth()
                        .oauth2(p.officer)
                        .when()
                        .get("/api/v1/dossiers/" + code)
                        .then()
                        .extract()
                        .path("status"));
    }

    @Test
    void anotherProvincesStaffNeverSeeOrWriteThisProvincesData() {
        String code = receive(null);
        String adminQ = token("admin-" + q.code, q.code, "admin");
        String leaderQ = token("leader-" + q.code, q.code + ".X1", "leader");
        String nationalProcedure = p.procedure;
        String ownProcedure = "2." + p.code.substring(1) + ".OWN";
        Province.publish(
                codec, mapper, em, Province.procedureEvent(ownProcedure, LocalDate.of(2021, 1, 1), p.code + ".X1"));
        for (String t : List.of(adminQ, leaderQ, q.officer)) {
            given().auth()
                    .oauth2(t)
                    .when()
                    .get("/api/v1/dossiers/" + code)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(t)
                    .when()
                    .get("/api/v1/dossiers/" + code + "/documents/mau-01")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(t)
                    .when()
                    .get("/api/v1/dossiers")
                    .then()
                    .statusCode(200)
                    .body("items.code", not(hasItem(code)));
            given().auth()
                    .oauth2(t)
                    .queryParam("unit", p.code + ".X1.MC")
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .when()
                    .get("/api/v1/dossiers/book")
                    .then()
                    .statusCode(403);
        }
        act(leaderQ, code, "start", Map.of()).statusCode(404);
        for (String report : List.of("period", "indicators")) {
            given().auth()
                    .oauth2(adminQ)
                    .queryParam("unit", p.code)
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .when()
                    .get("/api/v1/dossiers/reports/" + report)
                    .then()
                    .statusCode(403);
        }
        // the province's own procedures stay inside it; national ones are everyone's
        given().auth()
                .oauth2(q.officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + ownProcedure)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(q.officer)
                .queryParam("q", "OWN")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/dossiers/catalogue")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(ownProcedure)));
        given().auth()
                .oauth2(q.officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + nationalProcedure)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + ownProcedure)
                .then()
                .statusCode(200);
        Map<String, Object> foreign = intake(q, q.code + ".X1.MC", null);
        foreign.put("procedureCode", ownProcedure);
        given().auth()
                .oauth2(q.officer)
                .contentType(ContentType.JSON)
                .body(foreign)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("procedureCode"));
        // writes into the other province: receipt, import, integration
        long before = count("select count(*) from dossier where receiving_unit_code like '" + p.code + "%'");
        given().auth()
                .oauth2(q.officer)
                .contentType(ContentType.JSON)
                .body(intake(p, p.code + ".X1.MC", null))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(adminQ)
                .contentType(ContentType.JSON)
                .body(List.of(importRow(p, "IMP-Q-1", "2026-03-02T09:00:00+07:00")))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token("portal-" + q.code, q.code, "integration"))
                .contentType(ContentType.JSON)
                .body(intake(p, p.code + ".X1.MC", null))
                .when()
                .put("/api/v1/dossiers/integration/EXT-Q-1")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token("admin-nounit", null, "admin"))
                .contentType(ContentType.JSON)
                .body(List.of(importRow(p, "IMP-N-1", "2026-03-02T09:00:00+07:00")))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(403);
        assertEquals(before, count("select count(*) from dossier where receiving_unit_code like '" + p.code + "%'"));
        // the province's own admin imports for it
        given().auth()
                .oauth2(token("admin-" + p.code, p.code, "admin"))
                .contentType(ContentType.JSON)
                .body(List.of(importRow(p, "IMP-P-1", "2026-03-02T09:00:00+07:00")))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void theIntegrationClientReachesOnlyItsApiAndThePublicReads() {
        String client = token("portal-" + p.code, p.code, "integration");
        String code = given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(intake(p, p.code + ".X2.MC", null))
                .when()
                .put("/api/v1/dossiers/integration/EXT-" + p.code)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        for (String path : List.of(
                "/api/v1/dossiers",
                "/api/v1/dossiers/" + code,
                "/api/v1/dossiers/catalogue",
                "/api/v1/dossiers/catalogue/" + p.procedure,
                "/api/v1/dossiers/calendar/2026",
                "/api/v1/dossiers/mine",
                "/api/v1/dossiers/" + code + "/documents/mau-01",
                "/api/v1/dossiers/reports/period?from=2026-01-01&to=2026-12-31",
                "/api/v1/dossiers/book?unit=" + p.code + ".X2.MC&from=2026-01-01&to=2026-12-31")) {
            given().auth().oauth2(client).when().get(path).then().statusCode(403);
        }
        act(client, code, "start", Map.of()).statusCode(403);
        given().auth()
                .oauth2(client)
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200);
    }

    // ------------------------------------------------------------------ item 3: clearly invalid data

    @Test
    void anApologysNewDateIsAWorkingDayInsideOfficeHoursAndInTheCalendar() {
        String code = receive("2026-11-02T09:00:00+07:00"); // due Thu 05/11/2026 09:00
        act(p.officer, code, "start", Map.of()).statusCode(200);
        Map<String, String> cases = Map.of(
                "2026-11-15T09:00:00+07:00",
                "workingDay", // a Sunday
                "2026-11-16T03:00:00+07:00",
                "officeHours",
                "9999-11-16T09:00:00+07:00",
                "supportedRange");
        cases.forEach((newDueAt, rule) -> act(
                        p.leader,
                        code,
                        "apology",
                        Map.of("reason", "Chờ xác minh", "signer", "Chủ tịch UBND xã", "newDueAt", newDueAt))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("newDueAt"), "violations[0].rule", equalTo(rule)));
        assertEquals(
                0,
                count("select count(*) from apology_letter a join dossier d on d.id = a.dossier_id where d.code = '"
                        + code + "'"));
        act(
                        p.leader,
                        code,
                        "apology",
                        Map.of(
                                "reason",
                                "Chờ xác minh",
                                "signer",
                                "Chủ tịch UBND xã",
                                "newDueAt",
                                "2026-11-16T17:00:00+07:00"))
                .statusCode(200)
                .body("extendedDueAt", equalTo("2026-11-16T17:00:00+07:00"));
    }

    @Test
    void aProcedureNotYetInForceIsRefusedNamingIt() {
        String future = "3." + p.code.substring(1) + ".FUT";
        Province.publish(codec, mapper, em, Province.procedureEvent(future, LocalDate.of(2026, 6, 1), null));
        Map<String, Object> body = intake(p, p.code + ".X1.MC", "2026-05-04T09:00:00+07:00");
        body.put("procedureCode", future);
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        containsString(future),
                        "violations[0].field",
                        equalTo("procedureCode"),
                        "violations[0].rule",
                        equalTo("inForce"));
        assertEquals(0, count("select count(*) from dossier where procedure_code = '" + future + "'"));
        List<Map<String, Object>> rows = List.of(
                importRow(p, "F-1", "2026-06-02T09:00:00+07:00"), importRow(p, "F-2", "2026-05-29T09:00:00+07:00"));
        rows.forEach(r -> ((Map<String, Object>) r.get("dossier")).put("procedureCode", future));
        given().auth()
                .oauth2(token("portal-" + p.code, p.code, "integration"))
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("rows[1].dossier.procedureCode")));
        assertEquals(0, count("select count(*) from dossier where procedure_code = '" + future + "'"));
        body.put("receivedAt", "2026-06-01T09:00:00+07:00");
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201);
    }

    @Test
    void aHandOverGoesToAKnownUnitOfTheProvince() {
        String code = receive(null);
        act(p.officer, code, "start", Map.of()).statusCode(200);
        act(p.specialist, code, "handover", Map.of("stepName", "Thẩm định", "toUnitCode", "NOWHERE.X9"))
                .statusCode(400)
                .body("violations[0].field", equalTo("toUnitCode"), "violations[0].rule", equalTo("exists"));
        act(p.specialist, code, "handover", Map.of("stepName", "Thẩm định", "toUnitCode", q.code + ".X1"))
                .statusCode(400)
                .body("violations[0].field", equalTo("toUnitCode"), "violations[0].rule", equalTo("sameProvince"));
        assertEquals(
                1,
                count("select count(*) from dossier_handover h join dossier d on d.id = h.dossier_id where d.code = '"
                        + code + "'"));
        act(p.specialist, code, "handover", Map.of("stepName", "Thẩm định", "toUnitCode", p.code + ".X2"))
                .statusCode(200)
                .body("handovers[1].toUnitCode", equalTo(p.code + ".X2"));
    }

    @Test
    void receiptsAndImportsOutsideTheCalendarsYearsAreA400() {
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(p, p.code + ".X1.MC", "1899-06-05T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("receivedAt"), "violations[0].rule", equalTo("supportedRange"));
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "receivedAt",
                        "2100-12-31T16:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers/due-date")
                .then()
                .statusCode(400)
                .body(
                        "violations[0].field",
                        equalTo("receivedAt"),
                        "violations[0].rule",
                        equalTo("supportedRange")); // the due date would be in 2101
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "receivedAt",
                        "2036-01-02T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers/due-date")
                .then()
                .statusCode(200); // outside 2020–2035 before issue 12
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "receivedAt",
                        "9999-01-04T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers/due-date")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("receivedAt"));
        List<Map<String, Object>> rows = List.of(
                importRow(p, "R-1", "2026-03-02T09:00:00+07:00"),
                importRow(p, "R-2", "1899-03-06T09:00:00+07:00"),
                importRow(p, "R-3", "2026-03-02T09:00:00+07:00"));
        rows.get(2).put("resolvedAt", "9999-03-03T09:00:00+07:00");
        given().auth()
                .oauth2(token("portal-" + p.code, p.code, "integration"))
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItem("rows[1].dossier.receivedAt"),
                        "violations.field",
                        hasItem("rows[2].resolvedAt"));
        assertEquals(0, count("select count(*) from dossier where receiving_unit_code like '" + p.code + "%'"));
    }

    // ------------------------------------------------------------------ item 6: nulls and ranges, nothing written

    @Test
    void nullsWhereObjectsAreExpectedAndNumbersOutOfRangeAre400sThatWriteNothing() {
        String code = receive(null);
        act(p.officer, code, "start", Map.of()).statusCode(200);
        act(p.leader, code, "resolve", Map.of()).statusCode(200);
        long outbox = count("select count(*) from outbox_event");
        given().contentType(ContentType.JSON)
                .body("{\"phone\":\"0912345678\",\"answers\":{\"overall\":null}}")
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("answers.overall"));
        given().contentType(ContentType.JSON)
                .body("{\"phone\":\"0912345678\",\"answers\":null}")
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers"));
        assertEquals(
                0,
                count("select count(*) from dossier_rating r join dossier d on d.id = r.dossier_id where d.code = '"
                        + code + "'"));
        long dossiers = count("select count(*) from dossier");
        Map<String, Object> noApplicant = intake(p, p.code + ".X1.MC", null);
        noApplicant.put("applicant", null);
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(noApplicant)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("applicant"));
        Map<String, Object> copies = intake(p, p.code + ".X1.MC", null);
        copies.put("components", List.of(Map.of("name", "Tờ khai", "copies", 100000)));
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(copies)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("copies"));
        Map<String, Object> huge = intake(p, p.code + ".X1.MC", null);
        huge.put("components", List.of(Map.of("name", "Tờ khai", "copies", 99999999999L)));
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(huge)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(400)
                .body("violations[0].field", containsString("copies"));
        assertEquals(dossiers, count("select count(*) from dossier"));
        assertEquals(outbox, count("select count(*) from outbox_event"));
    }

    // ------------------------------------------------------------------ item 5: download headers

    @Test
    void everyDownloadNamesItsFileSafelyAndIsNotSniffed() {
        String code = receive(null);
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/mau-01")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("inline;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''mau-01-" + code + ".pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31")
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment;"))
                .header("Content-Disposition", containsString(".xlsx"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().auth()
                .oauth2(p.leader)
                .queryParam("unit", p.code + ".X1")
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31")
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment;"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        for (String evil : List.of("x\"; filename=evil.html", "html", "pdf%0D%0ASet-Cookie:%20a=b")) {
            given().auth()
                    .oauth2(p.officer)
                    .urlEncodingEnabled(!evil.contains("%"))
                    .queryParam("unit", p.code + ".X1.MC")
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .queryParam("format", evil)
                    .when()
                    .get("/api/v1/dossiers/book")
                    .then()
                    .statusCode(400)
                    .header("Content-Disposition", nullValue())
                    .body("violations[0].field", equalTo("format"));
            given().auth()
                    .oauth2(p.leader)
                    .urlEncodingEnabled(!evil.contains("%"))
                    .queryParam("unit", p.code + ".X1")
                    .queryParam("from", "2026-01-01")
                    .queryParam("to", "2026-12-31")
                    .queryParam("format", evil)
                    .when()
                    .get("/api/v1/dossiers/reports/period")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("format"));
        }
        given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC\"x")
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("unit"));
        given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-13-01")
                .queryParam("to", "2026-12-31")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    // ------------------------------------------------------------------ item 4: tracking

    @Test
    void theGuessingClientIsThrottledWithRetryAfterAndTheOwnerIsAlwaysAnswered() {
        String code = receive(null);
        String attacker = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", attacker)
                    .queryParam("phone", String.format("%04d", i))
                    .when()
                    .get("/api/v1/dossiers/tracking/" + code)
                    .then()
                    .statusCode(404);
        }
        for (String phone : List.of("0000", "5678")) {
            given().header("X-Forwarded-For", attacker)
                    .queryParam("phone", phone)
                    .when()
                    .get("/api/v1/dossiers/tracking/" + code)
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9]\\d*"));
        }
        // the attacker's address stays refused on the rating endpoint too (the same guess)
        given().header("X-Forwarded-For", attacker)
                .contentType(ContentType.JSON)
                .body(Map.of("phone", "0912345678", "answers", Map.of("overall", "SATISFIED")))
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"));
        // the owner (another address) is answered, and only the right pair is
        String owner = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        given().header("X-Forwarded-For", owner)
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
        given().header("X-Forwarded-For", owner + ", " + attacker)
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200);
        // a client inventing codes is stopped after 20 wrong pairs over all codes, with Retry-After
        String scanner = "198.18.0." + ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", scanner)
                    .queryParam("phone", "1234")
                    .when()
                    .get("/api/v1/dossiers/tracking/" + p.code + ".X1-261205-" + (9000 + i))
                    .then()
                    .statusCode(404);
        }
        given().header("X-Forwarded-For", scanner)
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"));
    }

    static Map<String, Object> importRow(Province in, String externalId, String receivedAt) {
        Map<String, Object> dossier = new HashMap<>();
        dossier.put("procedureCode", in.procedure);
        dossier.put("receivingUnitCode", in.code + ".X1.MC");
        dossier.put("channel", "DIRECT");
        dossier.put("applicant", Map.of("name", "Công dân", "phone", "0900000001"));
        dossier.put("receivedAt", receivedAt);
        Map<String, Object> row = new HashMap<>();
        row.put("externalId", externalId + "-" + in.code);
        row.put("dossier", dossier);
        row.put("status", "PROCESSING");
        return row;
    }
}
