package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.TestTokens;

/**
 * Erasing dossiers received in error (docs/domain/dossier-erasure.md): counters back to what they were, one
 * DossierErased event per dossier (version + 1) in the same transaction, all or nothing, admin of the province only.
 */
@QuarkusTest
class ErasureTest {

    private static final String FROM = "2026-11-01";
    private static final String TO = "2026-11-30";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    Province p;
    String admin;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
        admin = TestTokens.token("admin-" + p.code, p.code, "admin");
    }

    String receive(boolean digitised) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "ONLINE");
        body.put("applicant", Map.of("name", "Nguyễn Văn Nhầm", "phone", "0912345678"));
        body.put("content", "BENCH-INTAKE test " + UUID.randomUUID());
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        body.put("receivedAt", "2026-11-02T09:00:00+07:00");
        body.put("digitised", digitised);
        return DossierCalls.receive(p.officer, body);
    }

    ValidatableResponse erase(String token, Object codes, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("codes", codes);
        body.put("reason", "tiếp nhận nhầm khi thử nghiệm");
        var req = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.when().post("/api/v1/dossiers/erasures").then();
    }

    JsonNode report() throws Exception {
        String json = given().auth()
                .oauth2(p.leader)
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .queryParam("groupBy", "UNIT")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return mapper.readTree(json).get("total");
    }

    List<JsonNode> events(String code) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> payloads = em.createNativeQuery(
                        "select payload from outbox_event where topic = :t and event_key = :k order by seq")
                .setParameter("t", Topics.DOSSIERS)
                .setParameter("k", code)
                .getResultList();
        List<JsonNode> out = new ArrayList<>();
        for (String s : payloads) {
            out.add(mapper.readTree(s));
        }
        return out;
    }

    long count(String sql, String code) {
        return ((Number) em.createNativeQuery(sql).setParameter("c", code).getSingleResult()).longValue();
    }

    @Test
    void erasedDossiersLeaveTheReportAsItWasAndAreAnnounced() throws Exception {
        JsonNode before = report();
        String a = receive(true);
        String b = receive(false);
        JsonNode received = report();
        assertEquals(
                before.get("received").asInt() + 2, received.get("received").asInt());
        assertNotEquals(before, received);

        erase(admin, List.of(a, b), null)
                .statusCode(200)
                .body("count", equalTo(2), "codes[0]", equalTo(a), "codes[1]", equalTo(b));

        assertEquals(before, report(), "every counter of the period report is back to what it was");
        given().auth().oauth2(admin).when().get("/api/v1/dossiers/" + a).then().statusCode(404);
        for (String code : List.of(a, b)) {
            List<JsonNode> events = events(code);
            assertEquals(2, events.size(), code + ": DossierReceived then DossierErased");
            JsonNode erased = events.get(1);
            assertEquals("DossierErased", erased.at("/type").asText());
            assertEquals(
                    events.get(0).at("/data/version").asLong() + 1,
                    erased.at("/data/version").asLong());
            assertEquals(p.code + ".X1.MC", erased.at("/data/receivingUnitCode").asText());
            assertFalse(erased.at("/data/receivedAt").isMissingNode());
            assertEquals(0, count("select count(*) from dossier where code = :c", code));
            assertEquals(
                    1,
                    count(
                            "select count(*) from dossier_erasure where code = :c and reason like 'tiếp nhận nhầm%' "
                                    + "and erased_by = 'admin-" + p.code + "' and book_entry is not null",
                            code));
        }
        assertTrue(count("select count(*) from service_index_pending where unit_code = :c", p.code + ".X1.MC") > 0);
    }

    @Test
    void aProcessedDossierIs409NamingTheRuleAndNothingIsErased() throws Exception {
        String fresh = receive(false);
        String started = receive(false);
        DossierCalls.act(p.officer, started, "start", Map.of());
        JsonNode before = report();
        erase(admin, List.of(fresh, started), null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "violations[0].field",
                        equalTo("codes[1]"),
                        "violations[0].rule",
                        equalTo("erasable.status"),
                        "detail",
                        containsString(started));
        // all or nothing: the erasable one is still there, uncounted nothing, no event
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/dossiers/" + fresh)
                .then()
                .statusCode(200);
        assertEquals(before, report());
        assertEquals(1, events(fresh).size());
        assertEquals(0, count("select count(*) from dossier_erasure where code = :c", fresh));
    }

    @Test
    void onlyTheAdminOfTheProvince() {
        String code = receive(false);
        erase(p.officer, List.of(code), null).statusCode(403);
        erase(p.leader, List.of(code), null).statusCode(403);
        // the admin of another province (created here: the test must not depend on another test's units)
        Province other = Province.create(codec, mapper, em);
        String otherAdmin = TestTokens.token("admin-" + other.code, other.code, "admin");
        erase(otherAdmin, List.of(code), null).statusCode(404).body("detail", containsString(code));
        erase(admin, List.of(code, "KHONG-CO-HO-SO"), null).statusCode(404).body("detail", containsString("KHONG-CO"));
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200);
    }

    @Test
    void badRequestsAre400() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("X-" + i);
        }
        erase(admin, many, null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("codes"));
        erase(admin, List.of(), null).statusCode(400);
        erase(admin, List.of("A-1", "A-1"), null).statusCode(400).body("violations[0].field", equalTo("codes[1]"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("codes", List.of("A-1")))
                .when()
                .post("/api/v1/dossiers/erasures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswer() {
        String code = receive(false);
        String key = "erase-" + UUID.randomUUID();
        erase(admin, List.of(code), key).statusCode(200).body("count", equalTo(1));
        erase(admin, List.of(code), key)
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("count", equalTo(1));
        erase(admin, List.of(code), null).statusCode(404);
    }
}
