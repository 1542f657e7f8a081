package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.domain.HistoryActions;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * docs/domain/dossier-history.md: a dossier from an older system shows the times that system gives in its history and in
 * public tracking; the time it arrived here is kept as the recording time and the "Chuyển từ hệ thống cũ" marker; every
 * step carries its Vietnamese name.
 */
@QuarkusTest
class HistoryTimesTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    Province p;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
    }

    private Map<String, Object> dossier(String receivedAt, String phone) {
        Map<String, Object> d = new HashMap<>();
        d.put("procedureCode", p.procedure);
        d.put("receivingUnitCode", p.code + ".X1.MC");
        d.put("channel", "DIRECT");
        d.put("applicant", Map.of("name", "Lê Thị Hoa", "phone", phone));
        d.put("content", "Đăng ký khai sinh cho con");
        d.put("receivedAt", receivedAt);
        return d;
    }

    private String codeOf(String externalId) {
        return (String) em.createNativeQuery("select code from dossier where external_id = :e")
                .setParameter("e", externalId)
                .getSingleResult();
    }

    private static void near(OffsetDateTime expected, String actual, String what) {
        OffsetDateTime t = OffsetDateTime.parse(actual);
        assertTrue(
                Duration.between(expected, t).abs().toMinutes() < 2,
                what + ": " + actual + " is not the import time " + expected);
    }

    @Test
    void anImportedDossierShowsItsOriginalTimesInHistoryAndTracking() {
        String client = TestTokens.token("legacy-" + p.code, p.code, "integration");
        Map<String, Object> row = new HashMap<>();
        row.put("externalId", p.code + "-OLD-1");
        row.put("dossier", dossier("2025-03-10T09:00:00+07:00", "0912340001"));
        row.put("status", "RETURNED");
        row.put("resolvedAt", "2025-03-12T10:30:00+07:00");
        row.put("returnedAt", "2025-03-13T14:00:00+07:00");
        OffsetDateTime importedAt = OffsetDateTime.now();
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(List.of(row))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        String code = codeOf(p.code + "-OLD-1");

        // the staff history: the older system's steps at their own times, the import as the recording marker
        JsonPath h = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .body("receivedAt", equalTo("2025-03-10T09:00:00+07:00"))
                .extract()
                .jsonPath();
        assertEquals(List.of("receive", "resolve", "return", "import"), h.getList("history.action"));
        assertEquals(
                List.of("2025-03-10T09:00:00+07:00", "2025-03-12T10:30:00+07:00", "2025-03-13T14:00:00+07:00"),
                h.getList("history.at", String.class).subList(0, 3));
        assertEquals(
                List.of("Tiếp nhận hồ sơ", "Hoàn thành giải quyết", "Trả kết quả", "Chuyển từ hệ thống cũ"),
                h.getList("history.label"));
        assertEquals(
                java.util.Arrays.asList(null, "RECEIVED", "RESOLVED", "RETURNED"), h.getList("history.fromStatus"));
        assertEquals(List.of("RECEIVED", "RESOLVED", "RETURNED", "RETURNED"), h.getList("history.toStatus"));
        near(importedAt, h.getString("history[3].at"), "the marker");
        for (int i = 0; i < 4; i++) {
            near(importedAt, h.getString("history[" + i + "].recordedAt"), "recordedAt of step " + i);
        }
        assertEquals("nhập từ hệ thống legacy-" + p.code, h.getString("history[3].note"));

        // public tracking: the same times and names, no actor, no note
        JsonPath t = given().queryParam("phone", "0001")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body(
                        "receivedAt",
                        equalTo("2025-03-10T09:00:00+07:00"),
                        "resolvedAt",
                        equalTo("2025-03-12T10:30:00+07:00"),
                        "returnedAt",
                        equalTo("2025-03-13T14:00:00+07:00"))
                .extract()
                .jsonPath();
        assertEquals(
                List.of("2025-03-10T09:00:00+07:00", "2025-03-12T10:30:00+07:00", "2025-03-13T14:00:00+07:00"),
                t.getList("history.at", String.class).subList(0, 3));
        assertEquals(List.of("RECEIVED", "RESOLVED", "RETURNED", "RETURNED"), t.getList("history.status"));
        assertEquals(List.of("receive", "resolve", "return", "import"), t.getList("history.action"));
        assertEquals(
                List.of("Tiếp nhận hồ sơ", "Hoàn thành giải quyết", "Trả kết quả", "Chuyển từ hệ thống cũ"),
                t.getList("history.label"));
        near(importedAt, t.getString("history[3].at"), "the marker in tracking");
        assertEquals(
                java.util.Set.of("at", "status", "action", "label"),
                t.getMap("history[0]").keySet());
    }

    @Test
    void importedApologyStopsAndOpenDossiersKeepTheirTimes() {
        String client = TestTokens.token("legacy2-" + p.code, p.code, "integration");
        Map<String, Object> late = new HashMap<>();
        late.put("externalId", p.code + "-OLD-2");
        late.put("dossier", dossier("2025-03-10T09:00:00+07:00", "0912340002"));
        late.put("status", "RESOLVED");
        late.put("apologyAt", "2025-03-12T16:00:00+07:00");
        late.put("apologyNewDueAt", "2025-03-18T16:00:00+07:00");
        late.put("resolvedAt", "2025-03-17T10:00:00+07:00");
        Map<String, Object> stopped = new HashMap<>();
        stopped.put("externalId", p.code + "-OLD-3");
        stopped.put("dossier", dossier("2025-03-10T09:00:00+07:00", "0912340003"));
        stopped.put("status", "STOPPED");
        stopped.put("resolvedAt", "2025-03-11T08:15:00+07:00");
        Map<String, Object> open = new HashMap<>();
        open.put("externalId", p.code + "-OLD-4");
        open.put("dossier", dossier("2025-03-10T09:00:00+07:00", "0912340004"));
        open.put("status", "PROCESSING");
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(List.of(late, stopped, open))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3));

        JsonPath a = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + codeOf(p.code + "-OLD-2"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("receive", "apology", "resolve", "import"), a.getList("history.action"));
        assertEquals(
                List.of("2025-03-10T09:00:00+07:00", "2025-03-12T16:00:00+07:00", "2025-03-17T10:00:00+07:00"),
                a.getList("history.at", String.class).subList(0, 3));
        assertEquals("Xin lỗi và hẹn lại ngày trả kết quả", a.getString("history[1].label"));

        JsonPath s = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + codeOf(p.code + "-OLD-3"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("receive", "stop", "import"), s.getList("history.action"));
        assertEquals("2025-03-11T08:15:00+07:00", s.getString("history[1].at"));
        assertEquals(List.of("RECEIVED", "STOPPED", "STOPPED"), s.getList("history.toStatus"));

        // still being processed: the older system does not say since when, so the marker carries the move
        JsonPath o = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + codeOf(p.code + "-OLD-4"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("receive", "import"), o.getList("history.action"));
        assertEquals("2025-03-10T09:00:00+07:00", o.getString("history[0].at"));
        assertEquals("RECEIVED", o.getString("history[1].fromStatus"));
        assertEquals("PROCESSING", o.getString("history[1].toStatus"));
    }

    @Test
    void aPartnerSystemsReceiptTimeIsTheStepsTime() {
        String client = TestTokens.token("portal-h-" + p.code, p.code, "integration");
        OffsetDateTime sentAt = OffsetDateTime.now();
        String receivedAt = sentAt.minusDays(2)
                .withNano(0)
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toOffsetDateTime()
                .toString();
        Map<String, Object> body = dossier(receivedAt, "0912340005");
        body.put("channel", "ONLINE");
        String code = given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/dossiers/integration/P-" + p.code)
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        JsonPath h = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("receive"), h.getList("history.action"));
        assertEquals(
                OffsetDateTime.parse(receivedAt).toInstant(),
                OffsetDateTime.parse(h.getString("history[0].at")).toInstant());
        near(sentAt, h.getString("history[0].recordedAt"), "recordedAt of the partner's receipt");
        given().queryParam("phone", "0005")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body(
                        "history[0].at",
                        equalTo(h.getString("history[0].at")),
                        "history[0].label",
                        equalTo("Tiếp nhận hồ sơ"));
    }

    @Test
    void everyStepOfALiveDossierIsNamedInVietnamese() {
        Map<String, Object> body = dossier(null, "0912340006");
        String code = DossierCalls.receive(p.officer, body);
        DossierCalls.act(p.officer, code, "start", Map.of());
        DossierCalls.act(p.leader, code, "resolve", Map.of());
        JsonPath h = given().auth()
                .oauth2(p.leader)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("receive", "start", "resolve"), h.getList("history.action"));
        assertEquals(List.of("Tiếp nhận hồ sơ", "Chuyển xử lý", "Hoàn thành giải quyết"), h.getList("history.label"));
        List<String> actions = h.getList("history.action");
        for (int i = 0; i < actions.size(); i++) {
            assertEquals(HistoryActions.label(actions.get(i)), h.getString("history[" + i + "].label"));
            // steps taken here are recorded when they happen
            assertEquals(h.getString("history[" + i + "].at"), h.getString("history[" + i + "].recordedAt"));
        }
        given().queryParam("phone", "0006")
                .when()
                .get("/api/v1/dossiers/tracking/" + code)
                .then()
                .statusCode(200)
                .body("history.label", equalTo(List.of("Tiếp nhận hồ sơ", "Chuyển xử lý", "Hoàn thành giải quyết")));
    }
}
