package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.service.OverdueWatch;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;

/** Intake, due dates, lifecycle transitions, pauses, apology rules, the watch and access, on real PostgreSQL and Kafka. */
@QuarkusTest
class DossierLifecycleTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    OverdueWatch watch;

    @Inject
    vn.cchc.dossiers.repository.DossierRepository dossiers;

    Province p;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
    }

    Map<String, Object> intake(String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "DIRECT");
        body.put(
                "applicant",
                Map.of(
                        "name",
                        "Nguyễn Thị Hồng Nhung",
                        "idNumber",
                        "046190001234",
                        "phone",
                        "0912345678",
                        "email",
                        "nhung@example.vn",
                        "address",
                        "Phường Đúc, Huế"));
        body.put("content", "Đăng ký khai sinh cho con");
        body.put("components", List.of(Map.of("name", "Tờ khai đăng ký khai sinh", "copies", 1)));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return body;
    }

    String receive(String receivedAt) {
        return given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(receivedAt))
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

    @Test
    void receiptComputesTheDueDateOnWorkingDaysAndAnnouncesIt() throws Exception {
        // Friday 13/02/2026 10:00: three working days skip the Tết Bính Ngọ week (16–20/02)
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake("2026-02-13T10:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/dossiers/" + p.code + ".X1-260213-"))
                .body(
                        "code",
                        matchesPattern(p.code.replace(".", "\\.") + "\\.X1-260213-\\d{4}"),
                        "status",
                        equalTo("RECEIVED"),
                        "statusCode",
                        equalTo(2),
                        "decidingUnitCode",
                        equalTo(p.code + ".X1"),
                        "dueAt",
                        equalTo("2026-02-25T10:00:00+07:00"),
                        "allowedActions",
                        hasItem("start"));
        // after the 15:00 cut-off the clock starts the next working day at 07:30
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "receivedAt",
                        "2026-03-02T15:30:00+07:00"))
                .when()
                .post("/api/v1/dossiers/due-date")
                .then()
                .statusCode(200)
                .body(
                        "clockStartAt",
                        equalTo("2026-03-03T07:30:00+07:00"),
                        "dueAt",
                        equalTo("2026-03-05T17:00:00+07:00"));
        var record = KafkaTestResource.awaitRecord(
                Topics.DOSSIERS,
                r -> r.key().startsWith(p.code + ".X1-260213") && r.value().contains("DossierReceived"),
                Duration.ofSeconds(20));
        var event = mapper.readTree(record.value());
        assertEquals("RECEIVED", event.at("/data/status").asText());
        assertTrue(event.at("/data/applicantName").isMissingNode(), "no personal data in events");
    }

    @Test
    void theLifecycleWithSupplementHandoversAndResolution() {
        String code = receive(null);
        act(p.specialist, code, "resolve", Map.of())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("RECEIVED"));
        act(p.officer, code, "start", Map.of("toUser", "specialist"))
                .statusCode(200)
                .body(
                        "status",
                        equalTo("PROCESSING"),
                        "statusCode",
                        equalTo(4),
                        "handovers[0].stepName",
                        equalTo("Chuyển xử lý"),
                        "handovers[0].budgetHours",
                        equalTo(4.0f),
                        "handovers[0].result",
                        anyOf(
                                equalTo("EARLY"),
                                equalTo("ON_TIME"))); // same day as its deadline: on time (StepResultTest)
        String due = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .extract()
                .path("dueAt");
        act(
                        p.specialist,
                        code,
                        "request-supplement",
                        Map.of("items", List.of("Bản sao giấy chứng sinh"), "reason", "Thiếu giấy chứng sinh"))
                .statusCode(200)
                .body(
                        "status",
                        equalTo("SUPPLEMENT_REQUESTED"),
                        "statusCode",
                        equalTo(5),
                        "pauses[0].kind",
                        equalTo("SUPPLEMENT"),
                        "pauses[0].to",
                        nullValue());
        act(p.officer, code, "supplement-received", Map.of())
                .statusCode(200)
                .body("status", equalTo("PROCESSING"), "pauses[0].to", notNullValue());
        String dueAfter = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .extract()
                .path("dueAt");
        assertTrue(dueAfter.compareTo(due) >= 0, due + " -> " + dueAfter);
        act(p.specialist, code, "handover", Map.of()).statusCode(400).body("violations[0].field", equalTo("stepName"));
        act(p.specialist, code, "handover", Map.of("stepName", "Thẩm định", "toUser", "leader"))
                .statusCode(200)
                .body("handovers.size()", equalTo(2), "handovers[1].stepNo", equalTo(2));
        act(p.officer, code, "resolve", Map.of()).statusCode(403);
        act(p.leader, code, "resolve", Map.of())
                .statusCode(200)
                .body(
                        "status",
                        equalTo("RESOLVED"),
                        "classification",
                        equalTo("EARLY"),
                        "allowedActions",
                        equalTo(List.of()));
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .body("allowedActions", equalTo(List.of("return")));
        act(p.officer, code, "return", Map.of("method", "PIGEON"))
                .statusCode(400)
                .body("violations[0].field", equalTo("method"));
        act(p.officer, code, "return", Map.of("method", "POSTAL"))
                .statusCode(200)
                .body(
                        "status",
                        equalTo("RETURNED"),
                        "statusCode",
                        equalTo(10),
                        "returnMethod",
                        equalTo("POSTAL"),
                        "history.action",
                        equalTo(List.of(
                                "receive",
                                "start",
                                "request-supplement",
                                "supplement-received",
                                "handover",
                                "resolve",
                                "return")));
        act(p.officer, code, "withdraw", Map.of("reason", "x")).statusCode(409);
    }

    @Test
    void aLateDossierGetsOneApologyFromTheDecidingUnitsLeader() throws Exception {
        // received ten working days ago: three working days are long gone
        String code = receive("2026-10-26T09:00:00+07:00");
        act(p.officer, code, "start", Map.of()).statusCode(200);
        var run = watch.runOnce();
        assertTrue(run.overdue() >= 1, run.toString());
        KafkaTestResource.awaitRecord(
                Topics.DOSSIERS,
                r -> code.equals(r.key()) && r.value().contains("DossierOverdue"),
                Duration.ofSeconds(20));
        given().auth()
                .oauth2(p.officer)
                .queryParam("due", "OVERDUE")
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItem(code),
                        "items.find { it.code == '" + code + "' }.lateWithoutApology",
                        equalTo(true));

        Map<String, Object> apology = Map.of(
                "reason",
                "Chờ xác minh thông tin cư trú",
                "signer",
                "Chủ tịch UBND xã",
                "newDueAt",
                "2026-12-01T16:00:00+07:00");
        // before issuing, the dossier page learns the last day of a timely apology from the server's rule
        var before = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.time.LocalDate due =
                java.time.OffsetDateTime.parse(before.getString("dueAt")).toLocalDate();
        java.time.LocalDate expected = due.minusDays(1);
        while (expected.getDayOfWeek().getValue() > 5) { // no holiday in late October 2026: weekends only
            expected = expected.minusDays(1);
        }
        assertEquals(expected.toString(), before.getString("apologyTimelyUntil"));
        act(p.officer, code, "apology", apology).statusCode(403);
        act(p.otherLeader, code, "apology", apology).statusCode(404); // another commune: not even visible
        act(p.leader, code, "apology", Map.of("reason", "x", "signer", "y", "newDueAt", "2026-10-01T16:00:00+07:00"))
                .statusCode(400)
                .body("violations[0].rule", equalTo("afterOriginalDue"));
        act(p.leader, code, "apology", apology)
                .statusCode(200)
                .body(
                        "apology.timely",
                        equalTo(false),
                        "apology.number",
                        containsString("/PXL"),
                        "extendedDueAt",
                        equalTo("2026-12-01T16:00:00+07:00"),
                        "lateWithoutApology",
                        equalTo(false),
                        "allowedActions",
                        not(hasItem("apology")));
        act(p.leader, code, "apology", apology).statusCode(409).body("detail", containsString("only once"));
        act(p.leader, code, "resolve", Map.of()).statusCode(200).body("classification", equalTo("LATE"));
        var resolved = mapper.readTree(KafkaTestResource.awaitRecord(
                        Topics.DOSSIERS,
                        r -> code.equals(r.key()) && r.value().contains("DossierResolved"),
                        Duration.ofSeconds(20))
                .value());
        assertEquals("LATE", resolved.at("/data/classification").asText());
        assertTrue(resolved.at("/data/hasApology").asBoolean());
        assertEquals(false, resolved.at("/data/apologyTimely").asBoolean());
    }

    @Test
    void everyEventCarriesTheVersionItDescribes() throws Exception {
        // received, started, then marked overdue by the watch: three events of one dossier, in outbox order
        String code = receive("2026-10-26T09:00:00+07:00");
        act(p.officer, code, "start", Map.of()).statusCode(200);
        assertTrue(watch.runOnce().overdue() >= 1);
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery(
                        "select payload from outbox_event where topic = :t and event_key = :k order by seq")
                .setParameter("t", Topics.DOSSIERS)
                .setParameter("k", code)
                .getResultList();
        List<String> types = new java.util.ArrayList<>();
        List<Long> versions = new java.util.ArrayList<>();
        for (String payload : payloads) {
            var event = mapper.readTree(payload);
            types.add(event.at("/type").asText());
            versions.add(event.at("/data/version").asLong());
        }
        assertEquals(List.of("DossierReceived", "DossierStatusChanged", "DossierOverdue"), types);
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "versions must increase: " + versions);
        }
        long stored = ((Number) em.createNativeQuery("select version from dossier where code = :c")
                        .setParameter("c", code)
                        .getSingleResult())
                .longValue();
        assertEquals(stored, versions.get(versions.size() - 1), "the last event carries the stored version");
    }

    @Test
    void formsAndTheBookAreVietnamesePdfs() throws Exception {
        String code = receive("2026-11-02T09:00:00+07:00");
        byte[] pdf = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/mau-01")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), text);
            assertTrue(text.contains("Nguyễn Thị Hồng Nhung"), text);
            assertTrue(text.contains(code), text);
            assertTrue(text.contains("Đăng ký khai sinh"), text);
        }
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/mau-04")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/mau-99")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.otherOfficer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/mau-01")
                .then()
                .statusCode(404);
        byte[] xlsx = given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = wb.getFirstSheet().read();
            assertTrue(
                    rows.stream().anyMatch(r -> r.getCellCount() > 1 && code.equals(r.getCellText(1))),
                    "book lists " + code);
        }
        given().auth()
                .oauth2(p.otherOfficer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(403);
    }

    @Test
    void theWorklistCountsUpToItsCapAndSaysSo() {
        receive(null);
        receive(null);
        String code = receive(null);
        given().auth()
                .oauth2(p.officer)
                .queryParam("size", 2)
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2), "total", equalTo(3), "totalCapped", equalTo(false));
        // the same question with a cap of 2: the count stops there and says it is a lower bound
        String province = "/" + p.code + "/";
        var filter = new vn.cchc.dossiers.repository.DossierRepository.Filter(
                province, null, null, null, null, null, java.time.OffsetDateTime.now(), null);
        var page = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dossiers.worklist(filter, vn.cchc.shared.paging.PageRequest.of(0, 1), 2));
        assertEquals(2, page.total());
        assertTrue(page.totalCapped());
        assertEquals(1, page.items().size());
        var all = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> dossiers.worklist(filter, vn.cchc.shared.paging.PageRequest.of(0, 5), 3));
        assertEquals(3, all.total());
        assertTrue(!all.totalCapped());
        assertTrue(all.items().stream().anyMatch(d -> d.getCode().equals(code)));
    }

    @Test
    void staffSeeOnlyTheirUnitAndBelow() {
        String code = receive(null);
        given().auth()
                .oauth2(p.otherOfficer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(p.otherOfficer)
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(code)));
        given().auth()
                .oauth2(p.inspector)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(p.otherOfficer)
                .contentType(ContentType.JSON)
                .body(intake(null))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/dossiers/" + code).then().statusCode(401);
        given().auth()
                .oauth2(p.specialist)
                .contentType(ContentType.JSON)
                .body(intake(null))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(403);
        Map<String, Object> bad = intake("2099-01-01T08:00:00+07:00");
        bad.put("channel", "FAX");
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(bad)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("channel", "receivedAt")));
        Map<String, Object> unknown = intake(null);
        unknown.put("procedureCode", "9.NOPE");
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(unknown)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("procedureCode"));
    }

    @Test
    void citizensTrackWithoutPersonalDataAndRateOnce() {
        String code = receive(null);
        given().queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body(
                        "status",
                        equalTo("RECEIVED"),
                        "procedureName",
                        equalTo("Đăng ký khai sinh"),
                        "applicant",
                        nullValue(),
                        "history.size()",
                        equalTo(1))
                .body(not(containsString("Nguyễn")));
        given().queryParam("phone", "0000")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(404);
        Map<String, Object> rating = Map.of("phone", "0912345678", "answers", Map.of("overall", "VERY_SATISFIED"));
        given().contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(409);
        act(p.officer, code, "start", Map.of()).statusCode(200);
        act(p.leader, code, "resolve", Map.of()).statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "0912345678", "answers", Map.of("mood", "OK")))
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers.mood"));
        given().queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body("rated", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(204);
        given().contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(409);
        // tracking says the dossier is rated, so the app does not offer rating again
        given().queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body("rated", equalTo(true));
        // the signed-in citizen sees her own dossiers, matched on her personal identification number
        String nhung = vn.cchc.shared.testing.TestTokens.tokenWithClaims(
                "nhung", null, Map.of("id_number", "046190001234"), "citizen");
        given().auth()
                .oauth2(nhung)
                .when()
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .body("code", hasItem(code), "find { it.code == '" + code + "' }.rated", equalTo(true));
        String other = vn.cchc.shared.testing.TestTokens.tokenWithClaims(
                "other", null, Map.of("id_number", "079200009999"), "citizen");
        given().auth()
                .oauth2(other)
                .when()
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .body("code", not(hasItem(code)));
        given().auth()
                .oauth2(vn.cchc.shared.testing.TestTokens.token("noid", null, "citizen"))
                .when()
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(403);
        // wrong guesses throttle the guessing client (address forwarded by the gateway), never the dossier's owner
        String attacker =
                "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", attacker)
                    .queryParam("phone", "1111")
                    .when()
                    .get("/api/v1/dossiers/tracking/" + code)
                    .then()
                    .statusCode(404);
        }
        given().header("X-Forwarded-For", attacker)
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"));
        given().header("X-Forwarded-For", "203.0.113.5")
                .queryParam("phone", "5678")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200);
    }

    /**
     * Issue 15 §7: the citizen signed in (her id_number set by VNeID) follows and rates her own dossier without typing
     * phone digits; somebody else's dossier is not found for her, and the rules of rating (after the result, once)
     * hold as on the public path.
     */
    @Test
    void aSignedInCitizenTracksAndRatesHerOwnDossierWithoutPhoneDigits() {
        String code = receive(null);
        String nhung = vn.cchc.shared.testing.TestTokens.tokenWithClaims(
                "nhung", null, Map.of("id_number", "046190001234"), "citizen");
        String other = vn.cchc.shared.testing.TestTokens.tokenWithClaims(
                "other", null, Map.of("id_number", "079200009999"), "citizen");
        given().auth()
                .oauth2(nhung)
                .when()
                .get("/api/v1/dossiers/mine/" + code)
                .then()
                .statusCode(200)
                .body(
                        "code",
                        equalTo(code),
                        "status",
                        equalTo("RECEIVED"),
                        "history.size()",
                        equalTo(1),
                        "rated",
                        equalTo(false));
        given().auth()
                .oauth2(other)
                .when()
                .get("/api/v1/dossiers/mine/" + code)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> rating = Map.of("answers", Map.of("overall", "SATISFIED"));
        given().auth()
                .oauth2(nhung)
                .contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/mine/" + code + "/rating")
                .then()
                .statusCode(409);
        act(p.officer, code, "start", Map.of()).statusCode(200);
        act(p.leader, code, "resolve", Map.of()).statusCode(200);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/mine/" + code + "/rating")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(nhung)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("mood", "OK")))
                .when()
                .post("/api/v1/dossiers/mine/" + code + "/rating")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers.mood"));
        String key = "rate-" + code;
        for (int attempt = 0; attempt < 2; attempt++) { // the app retries after a lost answer: the same 204
            given().auth()
                    .oauth2(nhung)
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(rating)
                    .when()
                    .post("/api/v1/dossiers/mine/" + code + "/rating")
                    .then()
                    .statusCode(204);
        }
        given().auth()
                .oauth2(nhung)
                .contentType(ContentType.JSON)
                .body(rating)
                .when()
                .post("/api/v1/dossiers/mine/" + code + "/rating")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(nhung)
                .when()
                .get("/api/v1/dossiers/mine/" + code)
                .then()
                .statusCode(200)
                .body("rated", equalTo(true));
        // the public path sees the same single rating
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "0912345678", "answers", Map.of("overall", "SATISFIED")))
                .when()
                .post("/api/v1/dossiers/ratings/" + code)
                .then()
                .statusCode(409);
    }

    @Test
    void theCalendarOf2026HasTheOfficialDaysOff() {
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/calendar/2026")
                .then()
                .statusCode(200)
                .body(
                        "nonWorkingWeekdays",
                        equalTo(List.of(
                                "2026-01-01",
                                "2026-02-16",
                                "2026-02-17",
                                "2026-02-18",
                                "2026-02-19",
                                "2026-02-20",
                                "2026-04-27",
                                "2026-04-30",
                                "2026-05-01",
                                "2026-08-31",
                                "2026-09-01",
                                "2026-09-02")),
                        "workedWeekendDays",
                        equalTo(List.of("2026-08-22")));
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-31", "kind", "HOLIDAY"))
                .when()
                .post("/api/v1/dossiers/calendar/2026/entries")
                .then()
                .statusCode(403);
    }
}
