package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code GET /api/v1/dossiers/work-counts} (docs/domain/dossiers.md §3.11) over a seeded set of a fresh province: the
 * counts per caller, per unit for a leader, each count equal to the total of the worklist filter that lists it, and
 * nothing of it seen from another commune or province.
 */
@QuarkusTest
class WorkCountsTest {

    /** Each count and the worklist query that lists it (what the SPA links to). */
    static final Map<String, Map<String, String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("waiting", Map.of("status", "RECEIVED"));
        LISTS.put("inProgress", Map.of("status", "PROCESSING"));
        LISTS.put("dueSoon", Map.of("due", "SOON"));
        LISTS.put("overdue", Map.of("due", "OVERDUE"));
        LISTS.put("overdueWithoutApology", Map.of("due", "OVERDUE_WITHOUT_APOLOGY"));
    }

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

    String receive(String officer, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", unit);
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", "Phạm Thị Đếm", "phone", "0912345678"));
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        return vn.cchc.dossiers.DossierCalls.receive(officer, body);
    }

    void act(String token, String code, String action, Map<String, Object> body) {
        vn.cchc.dossiers.DossierCalls.act(token, code, action, body);
    }

    /** Moves a dossier's due time relative to now (what days of work would do), and its apology flag. */
    void due(String code, String interval, boolean apology) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update dossier set due_at = now() + cast(:i as interval), has_apology ="
                                        + " :a where code = :c")
                        .setParameter("i", interval)
                        .setParameter("a", apology)
                        .setParameter("c", code)
                        .executeUpdate());
    }

    JsonPath counts(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/dossiers/work-counts")
                .then()
                .statusCode(200)
                .body("asOf", notNullValue(), "dueSoonUntil", notNullValue())
                .extract()
                .jsonPath();
    }

    long listed(String token, Map<String, String> filter) {
        return given().auth()
                .oauth2(token)
                .queryParams(filter)
                .queryParam("size", 1)
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("total")
                .longValue();
    }

    static Map<String, Long> five(JsonPath json, String at) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : LISTS.keySet()) {
            m.put(k, json.getLong(at + "." + k));
        }
        return m;
    }

    static Map<String, Long> expected(long waiting, long inProgress, long dueSoon, long overdue, long withoutApology) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("waiting", waiting);
        m.put("inProgress", inProgress);
        m.put("dueSoon", dueSoon);
        m.put("overdue", overdue);
        m.put("overdueWithoutApology", withoutApology);
        return m;
    }

    /**
     * X1.MC: A waiting (due in a month), B waiting and due within the hour, C in progress overdue, D in progress overdue
     * with an apology, E paused (supplement) overdue, F paused due within the hour (the clock stopped: not "due soon"),
     * G resolved though past its due time (closed: in no count); X2.MC: H in progress overdue.
     */
    void seed() {
        String mc = p.code + ".X1.MC";
        String a = receive(p.officer, mc);
        due(a, "30 days", false);
        String b = receive(p.officer, mc);
        due(b, "1 hour", false);
        String c = receive(p.officer, mc);
        act(p.officer, c, "start", Map.of());
        due(c, "-1 day", false);
        String d = receive(p.officer, mc);
        act(p.officer, d, "start", Map.of());
        due(d, "-2 days", true);
        for (String interval : List.of("-1 day", "1 hour")) {
            String paused = receive(p.officer, mc);
            act(p.officer, paused, "start", Map.of());
            act(
                    p.specialist,
                    paused,
                    "request-supplement",
                    Map.of("items", List.of("Bản sao giấy chứng sinh"), "reason", "Thiếu giấy tờ"));
            due(paused, interval, false);
        }
        String g = receive(p.officer, mc);
        act(p.officer, g, "start", Map.of());
        act(p.leader, g, "resolve", Map.of());
        due(g, "-1 day", false);
        String h = receive(p.otherOfficer, p.code + ".X2.MC");
        act(p.otherOfficer, h, "start", Map.of());
        due(h, "-1 day", false);
    }

    @Test
    void countsTheOpenWorkOfTheCallersScope() {
        seed();
        JsonPath officer = counts(p.officer);
        assertEquals(p.code + ".X1", officer.getString("unitCode"));
        assertEquals(expected(2, 2, 1, 3, 2), five(officer, "counts"));
        assertEquals(List.of(), officer.getList("units"), "an officer gets no per-unit lines");
        assertEquals(expected(2, 2, 1, 3, 2), five(counts(p.specialist), "counts"));

        JsonPath inspector = counts(p.inspector);
        assertEquals(p.code, inspector.getString("unitCode"));
        assertEquals(expected(2, 3, 1, 4, 3), five(inspector, "counts"), "the province-wide reader sees both communes");
        assertEquals(expected(0, 1, 0, 1, 1), five(counts(p.otherLeader), "counts"), "the other commune: only H");

        OffsetDateTime asOf = OffsetDateTime.parse(officer.getString("asOf"));
        OffsetDateTime until = OffsetDateTime.parse(officer.getString("dueSoonUntil"));
        assertTrue(until.isAfter(asOf.plusDays(1).withHour(0)), "the window ends after the next working day");
        assertEquals("+07:00", asOf.getOffset().getId());
    }

    @Test
    void everyCountIsTheTotalOfTheWorklistItLinksTo() {
        seed();
        for (String token : List.of(p.officer, p.leader, p.inspector, p.otherLeader)) {
            JsonPath json = counts(token);
            for (var e : LISTS.entrySet()) {
                assertEquals(
                        json.getLong("counts." + e.getKey()),
                        listed(token, e.getValue()),
                        e.getKey() + " " + e.getValue());
            }
        }
    }

    @Test
    void aLeaderGetsEachUnitWithTheListThatReproducesIt() {
        seed();
        JsonPath leader = counts(p.leader);
        assertEquals(expected(2, 2, 1, 3, 2), five(leader, "counts"));
        List<String> units = leader.getList("units.unitCode");
        String mc = p.code + ".X1.MC";
        assertTrue(units.contains(mc), units.toString());
        assertTrue(units.stream().allMatch(u -> u.startsWith(p.code + ".X1")), "only units of the leader's subtree");
        int i = units.indexOf(mc);
        assertEquals("Trung tâm Phục vụ hành chính công xã X1", leader.getString("units[" + i + "].unitName"));
        assertEquals(expected(2, 2, 1, 3, 2), five(leader, "units[" + i + "].counts"), "all received at X1.MC");
        for (int u = 0; u < units.size(); u++) {
            for (var e : LISTS.entrySet()) {
                Map<String, String> filter = new HashMap<>(e.getValue());
                filter.put("unitCode", units.get(u));
                assertEquals(
                        leader.getLong("units[" + u + "].counts." + e.getKey()),
                        listed(p.leader, filter),
                        units.get(u) + " " + e.getKey());
            }
        }
        given().auth()
                .oauth2(p.inspector)
                .when()
                .get("/api/v1/dossiers/work-counts")
                .then()
                .statusCode(200)
                .body("units.unitCode", hasItem(p.code + ".X2.MC"));
    }

    @Test
    void aDossierDecidedInsideTheScopeButReceivedOutsideItCountsOnceForTheUnitThatDecides() {
        seed();
        long before = counts(p.leader).getLong("counts.waiting");
        String ours = receive(p.officer, p.code + ".X1.MC");
        String routed = receive(p.otherOfficer, p.code + ".X2.MC");
        // received at X2's centre, decided by the unit that decides X1's dossiers (as a province-level routing would)
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update dossier set (deciding_unit_code, deciding_unit_path) ="
                                + " (select deciding_unit_code, deciding_unit_path from dossier where code = :o)"
                                + " where code = :r")
                        .setParameter("o", ours)
                        .setParameter("r", routed)
                        .executeUpdate());
        JsonPath leader = counts(p.leader);
        assertEquals(before + 2, leader.getLong("counts.waiting"), "both, each once");
        List<String> units = leader.getList("units.unitCode");
        assertTrue(units.stream().allMatch(u -> u.startsWith(p.code + ".X1")), units.toString());
        for (int u = 0; u < units.size(); u++) {
            for (var e : LISTS.entrySet()) {
                Map<String, String> filter = new HashMap<>(e.getValue());
                filter.put("unitCode", units.get(u));
                assertEquals(
                        leader.getLong("units[" + u + "].counts." + e.getKey()),
                        listed(p.leader, filter),
                        units.get(u) + " " + e.getKey());
            }
        }
        for (var e : LISTS.entrySet()) {
            assertEquals(leader.getLong("counts." + e.getKey()), listed(p.leader, e.getValue()), e.getKey());
        }
    }

    @Test
    void anotherProvinceOrACallerWithoutAUnitSeesNothingOfIt() {
        seed();
        Province other = Province.create(codec, mapper, em);
        assertEquals(expected(0, 0, 0, 0, 0), five(counts(other.inspector), "counts"));
        assertEquals(List.of(), counts(other.leader).getList("units"));
        assertEquals(expected(0, 0, 0, 0, 0), five(counts(other.officer), "counts"));
        given().auth()
                .oauth2(TestTokens.token("lost-officer", "H00.NOWHERE", "officer"))
                .when()
                .get("/api/v1/dossiers/work-counts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("citizen-" + p.code, null, "citizen"))
                .when()
                .get("/api/v1/dossiers/work-counts")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/dossiers/work-counts").then().statusCode(401);
    }

    @Test
    void theWorklistRejectsAnUnknownDueFilterNamingIt() {
        given().auth()
                .oauth2(p.officer)
                .queryParam("due", "LATE")
                .when()
                .get("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("due"));
    }
}
