package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.procedures.Fixtures.CATALOGUE;
import static vn.cchc.procedures.Fixtures.create;
import static vn.cchc.procedures.Fixtures.decide;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.saveDraft;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/** Versions by decision: what a procedure said on a date, amendments, abolition, and the events. */
@QuarkusTest
class CatalogueVersionsTest {

    @org.junit.jupiter.api.BeforeEach
    void province() {
        vn.cchc.procedures.Fixtures.h99();
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void amendingKeepsHistoryAnswerableByDate() throws Exception {
        String code = "1." + suffix() + ".H99";
        create(procedure(code, "Đăng ký khai tử", "Hộ tịch"));
        decide("10/QĐ-UBND", "2025-06-20", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(201)
                .body("items[0].action", equalTo("PUBLISH"), "items[0].version", equalTo(1));

        // editing a procedure in force starts the draft of version 2; version 1 stays as it was
        Map<String, Object> shorter = with(
                with(
                        procedure(code, "Đăng ký khai tử", "Hộ tịch"),
                        "processingTime",
                        Map.of("value", 2, "unit", "WORKING_DAYS")),
                "internalSteps",
                List.of(
                        Map.of("name", "Tiếp nhận và xử lý", "duration", 1),
                        Map.of("name", "Phê duyệt, trả kết quả", "duration", 1)));
        saveDraft(code, shorter).then().statusCode(200).body("version", equalTo(2), "draft", equalTo(true));
        given().when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(1), "processingTime.value", equalTo(3.0f), "state", equalTo("IN_FORCE"));

        decide("215/QĐ-UBND", "2025-12-15", "2026-01-01", code + ":AMEND")
                .then()
                .statusCode(201);

        given().queryParam("asOf", "2025-12-31")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body(
                        "version",
                        equalTo(1),
                        "processingTime.value",
                        equalTo(3.0f),
                        "validTo",
                        equalTo("2025-12-31"),
                        "decision.number",
                        equalTo("10/QĐ-UBND"));
        given().queryParam("asOf", "2026-01-01")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body(
                        "version",
                        equalTo(2),
                        "processingTime.value",
                        equalTo(2.0f),
                        "state",
                        equalTo("AMENDED"),
                        "decision.number",
                        equalTo("215/QĐ-UBND"),
                        "decision.action",
                        equalTo("AMEND"));
        given().queryParam("asOf", "2025-06-30")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(404);
        given().when()
                .get("/api/v1/procedures/" + code + "/versions/1")
                .then()
                .statusCode(200)
                .body("processingTime.value", equalTo(3.0f));

        given().when()
                .get("/api/v1/procedures/" + code + "/history")
                .then()
                .statusCode(200)
                .body(
                        "state",
                        equalTo("AMENDED"),
                        "versions.version",
                        equalTo(List.of(1, 2)),
                        "versions[0].validTo",
                        equalTo("2025-12-31"),
                        "versions[1].validFrom",
                        equalTo("2026-01-01"),
                        "decisions.number",
                        equalTo(List.of("10/QĐ-UBND", "215/QĐ-UBND")));

        JsonNode amended = event(code, "ProcedureAmended");
        assertEquals(2, amended.at("/data/version").asInt());
        assertEquals(2, amended.at("/data/sequence").asInt());
        assertEquals("2026-01-01", amended.at("/data/validFrom").asText());
        assertEquals("15:00:00", amended.at("/data/afternoonCutoff").asText());
        assertEquals(2, amended.at("/data/internalSteps").size());
        assertEquals("PARTIAL", amended.at("/data/onlineLevel").asText());
        assertEquals(8000, amended.at("/data/fees/0/amount").asInt());
    }

    /**
     * Issue 12 point 2: an amendment decided today with effect from a later date keeps version 1 in force until the day
     * before, and its event (the last of the code on the compacted topic) carries every version with its validity, so
     * a consumer that sees only that event rebuilds the history (docs/domain/procedure-versions.md §3).
     */
    @Test
    void anAmendmentWithALaterEffectiveDateAnnouncesEveryVersionWithItsValidity() throws Exception {
        String code = "2." + suffix() + ".H99";
        create(with(
                with(
                        procedure(code, "Chứng thực bản sao từ bản chính", "Chứng thực"),
                        "processingTime",
                        Map.of("value", 1, "unit", "WORKING_DAYS")),
                "internalSteps",
                List.of(
                        Map.of("name", "Tiếp nhận", "duration", 0.5),
                        Map.of("name", "Chứng thực, trả kết quả", "duration", 0.5))));
        decide("30/QĐ-UBND", "2025-06-20", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(201);
        Map<String, Object> longer = with(
                with(
                        procedure(code, "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực"),
                        "processingTime",
                        Map.of("value", 3, "unit", "WORKING_DAYS")),
                "internalSteps",
                List.of(
                        Map.of("name", "Tiếp nhận", "duration", 1),
                        Map.of("name", "Chứng thực", "duration", 1.5),
                        Map.of("name", "Trả kết quả", "duration", 0.5)));
        saveDraft(code, longer).then().statusCode(200);
        decide("31/QĐ-UBND", "2026-12-01", "2027-01-01", code + ":AMEND").then().statusCode(201);

        // what the catalogue says on a date: version 1 until 31/12/2026, version 2 from the effective date
        given().queryParam("asOf", "2026-12-31")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(1), "processingTime.value", equalTo(1.0f), "validTo", equalTo("2026-12-31"));
        given().queryParam("asOf", "2027-01-01")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(2), "processingTime.value", equalTo(3.0f), "validFrom", equalTo("2027-01-01"));

        JsonNode amended = event(code, "ProcedureAmended").at("/data");
        assertEquals(2, amended.at("/version").asInt());
        assertEquals("2027-01-01", amended.at("/validFrom").asText());
        JsonNode versions = amended.at("/versions");
        assertEquals(2, versions.size());
        assertEquals(1, versions.at("/0/version").asInt());
        assertEquals("2025-07-01", versions.at("/0/validFrom").asText());
        assertEquals(
                "2026-12-31", versions.at("/0/validTo").asText(), "closed the day before the amendment takes effect");
        assertEquals("Chứng thực bản sao từ bản chính", versions.at("/0/name").asText());
        assertEquals(1, versions.at("/0/processingTime/value").asInt());
        assertEquals("30/QĐ-UBND", versions.at("/0/decision/number").asText());
        assertEquals(2, versions.at("/1/version").asInt());
        assertEquals("2027-01-01", versions.at("/1/validFrom").asText());
        assertTrue(
                versions.at("/1/validTo").isNull() || versions.at("/1/validTo").isMissingNode());
        assertEquals(3, versions.at("/1/processingTime/value").asInt());
        assertEquals(3, versions.at("/1/internalSteps").size());
        assertEquals("15:00:00", versions.at("/1/afternoonCutoff").asText());
        assertEquals("31/QĐ-UBND", versions.at("/1/decision/number").asText());

        // abolishing later: the last event still carries both versions, the second now closed too
        decide("32/QĐ-UBND", "2027-05-01", "2027-06-01", code + ":ABOLISH")
                .then()
                .statusCode(201);
        JsonNode abolished = event(code, "ProcedureAbolished").at("/data");
        assertEquals("2027-06-01", abolished.at("/abolishedOn").asText());
        assertEquals(2, abolished.at("/versions").size());
        assertEquals("2026-12-31", abolished.at("/versions/0/validTo").asText());
        assertEquals("2027-05-31", abolished.at("/versions/1/validTo").asText());
    }

    @Test
    void abolishingEndsTheLastVersionAndIsPublicHistory() throws Exception {
        String code = "1." + suffix() + ".H99";
        create(procedure(code, "Thủ tục cấp huyện cũ", "Hộ kinh doanh", "DISTRICT"));
        decide("1/QĐ-UBND", "2023-12-15", "2024-01-01", code + ":PUBLISH")
                .then()
                .statusCode(201);
        decide("1580/QĐ-UBND", "2025-06-25", "2025-07-01", code + ":ABOLISH")
                .then()
                .statusCode(201);

        given().queryParam("asOf", "2025-06-30")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("state", equalTo("IN_FORCE"));
        given().when().get("/api/v1/procedures/" + code).then().statusCode(404);
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("state", equalTo("ABOLISHED"), "abolishedOn", equalTo("2025-07-01"));
        given().when()
                .get("/api/v1/procedures/" + code + "/history")
                .then()
                .statusCode(200)
                .body("state", equalTo("ABOLISHED"), "decisions.action", equalTo(List.of("PUBLISH", "ABOLISH")));
        // public search hides it; staff find it by state
        given().queryParam("q", code).when().get("/api/v1/procedures").then().body("total", equalTo(0));
        given().auth()
                .oauth2(CATALOGUE)
                .queryParam("q", code)
                .queryParam("state", "ABOLISHED")
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(1), "items[0].state", equalTo("ABOLISHED"));
        // abolished twice, or amended after: 409
        decide("2/QĐ-UBND", "2025-08-01", "2025-08-01", code + ":ABOLISH")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("items[0]"));
        saveDraft(code, procedure(code, "X", "Y")).then().statusCode(409);

        JsonNode abolished = event(code, "ProcedureAbolished");
        assertEquals("ABOLISHED", abolished.at("/data/state").asText());
        assertEquals("2025-07-01", abolished.at("/data/abolishedOn").asText());
        assertEquals("2025-06-30", abolished.at("/data/validTo").asText());
        assertEquals(2, abolished.at("/data/sequence").asInt());
    }

    @Test
    void aDecisionAppliesAllItemsOrNone() {
        String good = "1." + suffix() + ".H99";
        String published = "1." + suffix() + ".H99";
        create(procedure(good, "Thủ tục A", "Chứng thực"));
        create(procedure(published, "Thủ tục B", "Chứng thực"));
        decide("5/QĐ-UBND", "2025-06-01", "2025-07-01", published + ":PUBLISH")
                .then()
                .statusCode(201);
        long outboxBefore = outbox(good);

        // the second item is refused (already published): the first is not applied either
        decide("6/QĐ-UBND", "2025-06-01", "2025-07-01", good + ":PUBLISH", published + ":PUBLISH")
                .then()
                .statusCode(409)
                .body("detail", containsString("items[1]"));
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + good)
                .then()
                .body("state", equalTo("DRAFT"));
        assertEquals(outboxBefore, outbox(good));
        assertEquals(0L, count("select count(*) from publication_decision where number = '6/QĐ-UBND'"));

        // unknown codes and a replacement without successor are named with their item
        decide("7/QĐ-UBND", "2025-06-01", "2025-07-01", "9.NOPE:PUBLISH", published + ":REPLACE")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("items[0].procedureCode", "items[1].replacedBy")));
        decide("8/QĐ-UBND", "2025-07-02", "2025-07-01", good + ":PUBLISH")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("effectiveDate"));
        // amending with an effective date not after the version in force cannot close it
        saveDraft(published, procedure(published, "Thủ tục B mới", "Chứng thực"))
                .then()
                .statusCode(200);
        decide("9/QĐ-UBND", "2025-06-01", "2025-07-01", published + ":AMEND")
                .then()
                .statusCode(409);
    }

    @Test
    void replacingPointsToTheSuccessor() {
        String old = "2." + suffix() + ".H99";
        String successor = "2." + suffix() + ".H99";
        create(procedure(old, "Thủ tục cũ", "Đất đai"));
        decide("11/QĐ-UBND", "2025-06-01", "2025-07-01", old + ":PUBLISH")
                .then()
                .statusCode(201);
        create(procedure(successor, "Thủ tục thay thế", "Đất đai"));
        decide("12/QĐ-UBND", "2026-01-10", "2026-02-01", successor + ":PUBLISH", old + ":REPLACE:" + successor)
                .then()
                .statusCode(201)
                .body("items[1].replacedBy", equalTo(successor));
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + old)
                .then()
                .body("state", equalTo("ABOLISHED"), "replacedBy", equalTo(successor));
    }

    @Test
    void searchFiltersByFieldLevelAgencyAndIgnoresDiacritics() {
        String s = suffix();
        String a = "1." + s + ".01";
        String b = "1." + s + ".02";
        create(with(
                procedure(a, "Cấp giấy phép xây dựng nhà ở riêng lẻ " + s, "Hoạt động xây dựng " + s, "COMMUNE"),
                "decidingAgencyCode",
                null));
        create(procedure(b, "Cấp chứng chỉ hành nghề xây dựng " + s, "Hoạt động xây dựng " + s, "PROVINCE"));
        decide("20/QĐ-UBND", "2025-06-01", "2025-07-01", a + ":PUBLISH", b + ":PUBLISH")
                .then()
                .statusCode(201);

        given().queryParam("q", "giay phep xay dung " + s)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("total", equalTo(1), "items[0].code", equalTo(a));
        given().queryParam("q", "XÂY DỰNG " + s)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(2));
        given().queryParam("field", "Hoạt động xây dựng " + s)
                .queryParam("level", "PROVINCE")
                .when()
                .get("/api/v1/procedures")
                .then()
                .body(
                        "total",
                        equalTo(1),
                        "items[0].code",
                        equalTo(b),
                        "items[0].levels",
                        equalTo(List.of("PROVINCE")),
                        "items[0].state",
                        equalTo("IN_FORCE"));
        given().queryParam("q", s)
                .queryParam("state", "DRAFT")
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(0)); // drafts are not public
        given().when()
                .get("/api/v1/procedures/fields")
                .then()
                .statusCode(200)
                .body("field", hasItem("Hoạt động xây dựng " + s));
        given().queryParam("q", s)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(2), "items.size()", equalTo(1), "items[0].code", equalTo(b));
    }

    @Test
    void draftsAreForCatalogueStaffOnly() {
        String code = "1." + suffix() + ".H99";
        create(procedure(code, "Bản nháp", "Hộ tịch"));
        given().when().get("/api/v1/procedures/" + code + "/history").then().statusCode(404);
        given().when().get("/api/v1/procedures/" + code + "/versions/1").then().statusCode(404);
        String officer = TestTokens.token("officer", "H99.X01", "officer");
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/procedures/" + code + "/draft")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(procedure(code, "X", "Y"))
                .when()
                .put("/api/v1/procedures/" + code + "/draft")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + code + "/draft")
                .then()
                .statusCode(200)
                .body("name", equalTo("Bản nháp"));
        // the first draft is the procedure: it cannot be discarded
        given().auth()
                .oauth2(CATALOGUE)
                .header("If-Match", Fixtures.etag(CATALOGUE, code))
                .when()
                .delete("/api/v1/procedures/" + code + "/draft")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "number",
                        "1",
                        "decisionDate",
                        "2025-01-01",
                        "effectiveDate",
                        "2025-01-01",
                        "items",
                        List.of(Map.of("procedureCode", code, "action", "PUBLISH"))))
                .when()
                .post("/api/v1/procedures/decisions")
                .then()
                .statusCode(403);
    }

    @Test
    void internalStepsMustAddUpAndReferencesMustExist() {
        String code = "1." + suffix() + ".H99";
        Map<String, Object> body = with(
                with(
                        procedure(code, "Sai quy trình", "Hộ tịch"),
                        "internalSteps",
                        List.of(Map.of("name", "Một bước", "duration", 1))),
                "decidingAgencyCode",
                "NOPE.UNIT");
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItem("internalSteps"),
                        "violations.rule",
                        hasItem("sumEqualsProcessingTime"),
                        "violations.field",
                        hasItem("decidingAgencyCode"),
                        "violations.field",
                        not(hasItem("name")));
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(with(procedure(code, "Cấp lạ", "Hộ tịch"), "levels", List.of("VILLAGE")))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("levels[0]"), "violations[0].rule", equalTo("exists"));
        assertEquals(0L, count("select count(*) from procedure where code = '" + code + "'"));
    }

    private JsonNode event(String code, String type) throws Exception {
        ConsumerRecord<String, String> record = KafkaTestResource.awaitRecord(
                Topics.PROCEDURES,
                r -> code.equals(r.key()) && r.value().contains("\"" + type + "\""),
                Duration.ofSeconds(20));
        return json.readTree(record.value());
    }

    private long outbox(String code) {
        return count("select count(*) from outbox_event where event_key = '" + code + "'");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
