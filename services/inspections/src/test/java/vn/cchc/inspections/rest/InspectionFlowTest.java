package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.inspections.service.RemediationService;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * Plan → inspection → evidence from dossier events (replayed and late) → finding with a pulled figure →
 * conclusion (working-day deadline, late flag, PDF, InspectionConcluded) → remediation overdue (injected clock)
 * → completed; and the access rules.
 */
@QuarkusTest
class InspectionFlowTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    RemediationService remediation;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String province() {
        String p = "P" + ThreadLocalRandom.current().nextInt(100000, 999999);
        unit(p, "Tỉnh thử nghiệm", null, "/" + p + "/");
        unit(p + ".SNV", "Sở Nội vụ", p, "/" + p + "/" + p + ".SNV/");
        for (String x : List.of("X1", "X2")) {
            String c = p + "." + x;
            unit(c, "Xã " + x, p, "/" + p + "/" + c + "/");
            unit(c + ".MC", "Trung tâm Phục vụ hành chính công xã " + x, c, "/" + p + "/" + c + "/" + c + ".MC/");
        }
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from unit_copy where code like '" + p + "%'") == 6);
        return p;
    }

    private void unit(String code, String name, String parent, String path) {
        UnitEventV1 u = new UnitEventV1(
                code,
                name,
                "ADMINISTRATION",
                "COMMUNE",
                parent,
                path,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                code.endsWith(".MC"),
                List.of(),
                1);
        send(
                Topics.UNITS,
                EventEnvelope.create(
                        "/cchc/procedures",
                        UnitEventV1.CHANGED,
                        code,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(u)));
    }

    private EventEnvelope dossier(
            String type,
            String code,
            long version,
            String p,
            String channel,
            String received,
            String due,
            String resolved,
            String classification,
            boolean apology,
            String occurred) {
        String mc = p + ".X1.MC";
        DossierEventV1 d = new DossierEventV1(
                code,
                version,
                resolved == null ? "PROCESSING" : "RESOLVED",
                4,
                "1.001.H99",
                "Hộ tịch",
                mc,
                "/" + p + "/" + p + ".X1/" + mc + "/",
                p + ".X1",
                "/" + p + "/" + p + ".X1/",
                channel,
                OffsetDateTime.parse(received),
                OffsetDateTime.parse(due),
                null,
                resolved == null ? null : OffsetDateTime.parse(resolved),
                null,
                classification,
                apology,
                apology ? Boolean.TRUE : null,
                "LATE".equals(classification),
                true,
                false,
                null,
                OffsetDateTime.parse(occurred));
        return EventEnvelope.create(
                "/cchc/dossiers", type, code, 1, OffsetDateTime.parse(occurred), mapper.valueToTree(d));
    }

    private void send(String topic, EventEnvelope e) {
        KafkaTestResource.produce(topic, e.subject(), codec.write(e));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static Map<String, Object> planBody(String p, String number) {
        return Map.of(
                "number",
                number,
                "planDate",
                "2026-01-15",
                "issuer",
                "Ủy ban nhân dân tỉnh",
                "year",
                2026,
                "scope",
                "Kiểm tra công tác CCHC năm 2026",
                "contentGroups",
                List.of("CHI_DAO_DIEU_HANH", "TTHC_MOT_CUA"),
                "team",
                List.of(
                        Map.of(
                                "name",
                                "Nguyễn Văn Trưởng",
                                "agency",
                                "Sở Nội vụ",
                                "role",
                                "LEADER",
                                "username",
                                "member-" + p),
                        Map.of("name", "Trần Thị Viên", "agency", "TTPVHCC tỉnh", "role", "MEMBER")),
                "inspections",
                List.of(Map.of("unitCode", p + ".X1", "scheduledFrom", "2026-03-02", "scheduledTo", "2026-03-03")));
    }

    @Test
    void planToConclusionToRemediationWithLiveEvidence() throws Exception {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        String leader = TestTokens.token("leader-" + p, p + ".X1", "leader");
        clock.set(Instant.parse("2026-02-20T02:00:00Z"));

        String planId = given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(planBody(p, "25/KH-UBND"))
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(201)
                .body(
                        "team",
                        hasSize(2),
                        "inspections[0].periodFrom",
                        equalTo("2026-01-01"),
                        "inspections[0].periodTo",
                        equalTo("2026-03-01"),
                        "inspections[0].status",
                        equalTo("PLANNED"))
                .extract()
                .path("id");
        String id = given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/inspections/plans/" + planId)
                .then()
                .statusCode(200)
                .extract()
                .path("inspections[0].id");
        String base = "/api/v1/inspections/" + id;

        // evidence from dossier events: D1 late without apology (resolved event first, then the late received event,
        // and the resolved event replayed), D2 late with an apology, D3 on time, online
        EventEnvelope d1Resolved = dossier(
                DossierEventV1.RESOLVED,
                p + "-D1",
                4,
                p,
                "DIRECT",
                "2026-01-05T02:00:00Z",
                "2026-01-08T10:00:00Z",
                "2026-01-12T03:00:00Z",
                "LATE",
                false,
                "2026-01-12T03:00:00Z");
        send(Topics.DOSSIERS, d1Resolved);
        send(Topics.DOSSIERS, d1Resolved);
        send(
                Topics.DOSSIERS,
                dossier(
                        DossierEventV1.RECEIVED,
                        p + "-D1",
                        1,
                        p,
                        "DIRECT",
                        "2026-01-05T02:00:00Z",
                        "2026-01-08T10:00:00Z",
                        null,
                        null,
                        false,
                        "2026-01-05T02:00:00Z"));
        send(
                Topics.DOSSIERS,
                dossier(
                        DossierEventV1.APOLOGY_ISSUED,
                        p + "-D2",
                        2,
                        p,
                        "POSTAL",
                        "2026-01-14T02:00:00Z",
                        "2026-01-20T10:00:00Z",
                        null,
                        null,
                        true,
                        "2026-01-19T02:00:00Z"));
        send(
                Topics.DOSSIERS,
                dossier(
                        DossierEventV1.RESOLVED,
                        p + "-D2",
                        3,
                        p,
                        "POSTAL",
                        "2026-01-14T02:00:00Z",
                        "2026-01-20T10:00:00Z",
                        "2026-01-23T03:00:00Z",
                        "LATE",
                        true,
                        "2026-01-23T03:00:00Z"));
        send(
                Topics.DOSSIERS,
                dossier(
                        DossierEventV1.RESOLVED,
                        p + "-D3",
                        2,
                        p,
                        "ONLINE",
                        "2026-02-02T02:00:00Z",
                        "2026-02-05T10:00:00Z",
                        "2026-02-04T03:00:00Z",
                        "ON_TIME",
                        false,
                        "2026-02-04T03:00:00Z"));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector)
                        .when()
                        .get(base + "/evidence")
                        .then()
                        .statusCode(200)
                        .body(
                                "figures.find { it.key == 'dossiers.received' }.value",
                                equalTo(3),
                                "figures.find { it.key == 'dossiers.resolvedOnTime' }.value",
                                equalTo(1)));
        given().auth()
                .oauth2(inspector)
                .when()
                .get(base + "/evidence")
                .then()
                .statusCode(200)
                .body(
                        "asOf",
                        equalTo("2026-03-02"),
                        "figures.find { it.key == 'dossiers.resolvedLate' }.value",
                        equalTo(2),
                        "figures.find { it.key == 'lateDossiers.total' }.value",
                        equalTo(2),
                        "figures.find { it.key == 'lateDossiers.withApology' }.value",
                        equalTo(1),
                        "figures.find { it.key == 'lateDossiers.withoutApology' }.value",
                        equalTo(1),
                        "figures.find { it.key == 'lateDossiers.withoutApology' }.source",
                        equalTo("cchc.dossiers.v1"),
                        "figures.find { it.key == 'dossiers.onTimeRate' }.value",
                        equalTo(33.33f),
                        "figures.find { it.key == 'dossiers.postalRate' }.value",
                        equalTo(33.33f));
        // as of a date before D2's apology and resolution, D2 is not late yet and D1 has no apology
        given().auth()
                .oauth2(inspector)
                .queryParam("asOf", "2026-01-15")
                .when()
                .get(base + "/evidence/late-dossiers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1), "items[0].code", equalTo(p + "-D1"), "items[0].withApology", equalTo(false))
                .body("total", equalTo(1));

        // lifecycle: cannot end before starting
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(base + "/end")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        // the unit's leader submits its self-report before the visit
        long itemId = ((Number) given().auth()
                        .oauth2(leader)
                        .when()
                        .get(base + "/checklist")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("find { it.code == 'TTHC_MOT_CUA' }.items.find { it.code == 'HO_SO_TRE_HAN' }.itemId"))
                .longValue();
        given().auth()
                .oauth2(leader)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "summary",
                        "Báo cáo tự kiểm tra",
                        "items",
                        List.of(Map.of("itemId", itemId, "status", "PARTIAL", "note", "Còn 2 hồ sơ trễ"))))
                .when()
                .put(base + "/self-report")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("PARTIAL"));
        given().auth().oauth2(leader).when().get(base + "/evidence").then().statusCode(403);

        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
        // a visit recorded afterwards may start on an earlier day, never on a later one
        given().auth()
                .oauth2(inspector)
                .queryParam("startedOn", "2026-03-03")
                .when()
                .post(base + "/start")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startedOn"), "violations[0].rule", equalTo("notInFuture"));
        given().auth()
                .oauth2(inspector)
                .when()
                .post(base + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth()
                .oauth2(leader)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .when()
                .put(base + "/self-report")
                .then()
                .statusCode(409);

        String findingId = given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "WEAKNESS",
                        "groupCode",
                        "TTHC_MOT_CUA",
                        "itemId",
                        itemId,
                        "text",
                        "Còn hồ sơ trễ hẹn không có thư xin lỗi công dân"))
                .when()
                .post(base + "/findings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("key", "lateDossiers.withoutApology"))
                .when()
                .post(base + "/findings/" + findingId + "/figures")
                .then()
                .statusCode(200)
                .body(
                        "figures[0].value",
                        equalTo(1),
                        "figures[0].source",
                        equalTo("cchc.dossiers.v1"),
                        "figures[0].asOf",
                        equalTo("2026-01-23T03:00:00Z"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("key", "no.such.figure"))
                .when()
                .post(base + "/findings/" + findingId + "/figures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("key"), "violations[0].rule", equalTo("knownFigure"));
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "bien-ban.pdf", "%PDF-1.7 test".getBytes(), "application/pdf")
                .when()
                .post(base + "/findings/" + findingId + "/documents")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"));
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "virus.exe", "MZ".getBytes(), "application/octet-stream")
                .when()
                .post(base + "/findings/" + findingId + "/documents")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("fileType"));

        // ended Tuesday 3/3/2026 → due 15 working days later: Tuesday 24/3/2026 (a visit cannot end after today)
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("endedOn", "2026-03-03"))
                .when()
                .post(base + "/end")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("notInFuture"));
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("endedOn", "2026-03-03"))
                .when()
                .post(base + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"), "conclusionDue", equalTo("2026-03-24"));
        given().auth()
                .oauth2(inspector)
                .when()
                .post(base + "/conclusion/issue")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "number",
                        "01/TB-ĐKT",
                        "noticeDate",
                        "2026-03-25",
                        "signer",
                        "Nguyễn Văn Trưởng",
                        "signerTitle",
                        "Trưởng đoàn kiểm tra",
                        "strengths",
                        "Đã ban hành Kế hoạch CCHC năm 2026.",
                        "shortcomings",
                        "Còn hồ sơ trễ hẹn chưa có thư xin lỗi.",
                        "requests",
                        "Khắc phục trong 15 ngày."))
                .when()
                .put(base + "/conclusion")
                .then()
                .statusCode(200)
                .body("late", equalTo(true), "issued", equalTo(false));
        // the unit does not see the draft
        given().auth().oauth2(leader).when().get(base + "/conclusion").then().statusCode(404);
        given().auth()
                .oauth2(inspector)
                .when()
                .post(base + "/conclusion/issue")
                .then()
                .statusCode(200)
                .body("issued", equalTo(true), "late", equalTo(true), "dueDate", equalTo("2026-03-24"));
        given().auth().oauth2(inspector).when().get(base).then().body("status", equalTo("CONCLUDED"));
        given().auth().oauth2(inspector).when().post(base + "/start").then().statusCode(409);
        String payload = (String) em.createNativeQuery(
                        "select payload from outbox_event where event_key = :k and event_type = 'InspectionConcluded'")
                .setParameter("k", id)
                .getSingleResult();
        var concluded = mapper.readTree(payload).get("data");
        assertEquals(1, concluded.at("/findings/weaknesses").asInt());
        assertEquals(
                "TTHC_MOT_CUA", concluded.at("/findings/byGroup/0/groupCode").asText());
        assertTrue(concluded.at("/conclusion/late").asBoolean());

        byte[] pdf = given().auth()
                .oauth2(leader)
                .when()
                .get(base + "/conclusion.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("THÔNG BÁO"), text);
            assertTrue(text.contains("Xã X1"), text);
            assertTrue(text.contains("01/TB-ĐKT"), text);
            assertTrue(text.contains("Hồ sơ trễ hẹn không có thư xin lỗi"), text);
        }

        // remediation: overdue detected by the watch on the injected clock, announced once
        String itemUrl = base + "/remediation/"
                + given().auth()
                        .oauth2(inspector)
                        .contentType(ContentType.JSON)
                        .body(Map.of("requirement", "Gửi thư xin lỗi đúng quy định", "deadline", "2026-04-10"))
                        .when()
                        .post(base + "/remediation")
                        .then()
                        .statusCode(201)
                        .body("overdue", equalTo(false))
                        .extract()
                        .path("id");
        clock.set(Instant.parse("2026-04-13T03:00:00Z"));
        assertTrue(remediation.runOverdueWatch() >= 1);
        remediation.runOverdueWatch();
        assertEquals(
                1,
                count("select count(*) from outbox_event where event_key = '" + id
                        + "' and event_type = 'RemediationOverdue'"));
        given().auth()
                .oauth2(inspector)
                .queryParam("overdue", true)
                .when()
                .get("/api/v1/inspections/plans/" + planId + "/remediation")
                .then()
                .statusCode(200)
                .body("items", hasSize(1), "items[0].overdue", equalTo(true));
        given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/inspections/plans/" + planId + "/dashboard")
                .then()
                .statusCode(200)
                .body(
                        "units[0].remediationOverdue",
                        equalTo(1),
                        "units[0].conclusionLate",
                        equalTo(true),
                        "units[0].weaknesses",
                        equalTo(1),
                        "units[0].selfReportSubmitted",
                        equalTo(true));
        given().auth()
                .oauth2(inspector)
                .when()
                .post(itemUrl + "/complete")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(leader)
                .contentType(ContentType.JSON)
                .body(Map.of("report", "Đã gửi thư xin lỗi 2 công dân"))
                .when()
                .post(itemUrl + "/report")
                .then()
                .statusCode(200)
                .body("status", equalTo("REPORTED"), "overdue", equalTo(false));
        given().auth()
                .oauth2(inspector)
                .when()
                .post(itemUrl + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertEquals(
                1,
                count("select count(*) from outbox_event where event_key = '" + id
                        + "' and event_type = 'RemediationCompleted'"));
    }

    @Test
    void accessIsScopedByProvinceTeamAndUnit() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        String planId = given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(planBody(p, "54/KH-UBND"))
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/inspections/plans/" + planId)
                .then()
                .extract()
                .path("inspections[0].id");

        String otherInspector = TestTokens.token("inspector-other", "Q1.SNV", "inspector");
        String otherLeader = TestTokens.token("leader2-" + p, p + ".X2", "leader");
        String member = TestTokens.token("member-" + p, "Q9", "specialist");
        given().auth()
                .oauth2(otherInspector)
                .when()
                .get("/api/v1/inspections/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(otherInspector)
                .when()
                .get("/api/v1/inspections/plans/" + planId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(otherInspector)
                .when()
                .post("/api/v1/inspections/" + id + "/start")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(otherLeader)
                .when()
                .get("/api/v1/inspections/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(otherLeader)
                .when()
                .get("/api/v1/inspections")
                .then()
                .statusCode(200)
                .body("items", hasSize(0), "total", equalTo(0));
        given().auth()
                .oauth2(TestTokens.token("citizen", null, "citizen"))
                .contentType(ContentType.JSON)
                .body(planBody(p, "1"))
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(403);
        // a team member linked by user name sees the inspection but cannot manage it
        given().auth()
                .oauth2(member)
                .when()
                .get("/api/v1/inspections/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(member)
                .when()
                .get("/api/v1/inspections")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().auth()
                .oauth2(member)
                .when()
                .post("/api/v1/inspections/" + id + "/start")
                .then()
                .statusCode(403);
        // the inspected unit's leader sees its inspection in the list
        given().auth()
                .oauth2(TestTokens.token("leader-" + p, p + ".X1", "leader"))
                .when()
                .get("/api/v1/inspections")
                .then()
                .statusCode(200)
                .body("items", hasSize(1), "items[0].unitCode", equalTo(p + ".X1"));
    }

    @Test
    void badInputNamesTheFieldAndTheRule() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        var body = new java.util.HashMap<>(planBody(p, "7/KH-UBND"));
        body.put("contentGroups", List.of("NO_SUCH_GROUP"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("contentGroups[0]"), "violations[0].rule", equalTo("knownGroup"));
        body = new java.util.HashMap<>(planBody(p, "7/KH-UBND"));
        body.put(
                "inspections",
                List.of(Map.of("unitCode", "Q1.X1", "scheduledFrom", "2026-03-02", "scheduledTo", "2026-03-03")));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("inspections[0].unitCode"));
        body = new java.util.HashMap<>(planBody(p, "7/KH-UBND"));
        body.put(
                "inspections",
                List.of(Map.of("unitCode", p + ".X1", "scheduledFrom", "2026-03-05", "scheduledTo", "2026-03-03")));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("inspections[0].scheduledTo"));
        // nothing half-written: the plan of the refused requests does not exist
        given().auth()
                .oauth2(inspector)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/inspections/plans")
                .then()
                .statusCode(200)
                .body("items.findAll { it.number == '7/KH-UBND' }", hasSize(0));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("number", "x"))
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(400)
                .body(containsString("planDate"));
    }
}
