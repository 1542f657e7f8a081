package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code GET /api/v1/inspections/work-counts} (issue 17 §4) over a fresh province on a fixed day (Monday 15 June
 * 2026): the inspector's counts, each equal to the total of the list it links to, and nothing of them seen from
 * another province; other roles and an inspector without a known unit get 403.
 */
@QuarkusTest
class WorkCountsTest {

    static final Instant NOW = Instant.parse("2026-06-15T03:00:00Z");

    /** Each count and the list that holds it (what the SPA links to). */
    static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("conclusionsDue", "/api/v1/inspections?conclusion=DUE");
        LISTS.put("conclusionsOverdue", "/api/v1/inspections?conclusion=OVERDUE");
        LISTS.put("remediationOverdue", "/api/v1/inspections/remediation?overdue=true");
    }

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    String p;
    String inspector;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        p = province();
        inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A province with its home-affairs department and two communes, each with a one-stop centre. */
    String province() {
        String code = "W" + ThreadLocalRandom.current().nextInt(100000, 999999);
        QuarkusTransaction.requiringNew().run(() -> {
            unit(code, "Tỉnh đếm việc", null, "/" + code + "/");
            unit(code + ".SNV", "Sở Nội vụ", code, "/" + code + "/" + code + ".SNV/");
            for (String x : List.of("X1", "X2")) {
                String c = code + "." + x;
                unit(c, "Xã " + x, code, "/" + code + "/" + c + "/");
                unit(c + ".MC", "Bộ phận Một cửa xã " + x, c, "/" + code + "/" + c + "/" + c + ".MC/");
            }
        });
        return code;
    }

    void unit(String code, String name, String parent, String path) {
        em.createNativeQuery("""
                        insert into unit_copy (code, name, kind, level, parent_code, path, valid_from, version, updated_at)
                        values (:c, :n, 'ADMINISTRATION', :l, :p, :path, date '2025-07-01', 1, now())
                        on conflict (code) do nothing""")
                .setParameter("c", code)
                .setParameter("n", name)
                .setParameter("l", parent == null ? "PROVINCE" : "COMMUNE")
                .setParameter("p", parent)
                .setParameter("path", path)
                .executeUpdate();
    }

    /** A plan of the province inspecting X1, X1.MC, X2 and X2.MC (all PLANNED); returns its id. */
    String plan(String token, String province) {
        List<Map<String, Object>> inspections = List.of("X1", "X1.MC", "X2", "X2.MC").stream()
                .map(u -> Map.<String, Object>of(
                        "unitCode", province + "." + u, "scheduledFrom", "2026-07-06", "scheduledTo", "2026-07-07"))
                .toList();
        Map<String, Object> body = Map.of(
                "number",
                "7/KH-" + province,
                "planDate",
                "2026-01-15",
                "issuer",
                "Ủy ban nhân dân tỉnh",
                "year",
                2026,
                "scope",
                "Kiểm tra công tác CCHC",
                "contentGroups",
                List.of("CHI_DAO_DIEU_HANH", "TTHC_MOT_CUA"),
                "team",
                List.of(Map.of("name", "Tổ viên", "role", "MEMBER", "username", "member-" + province)),
                "inspections",
                inspections);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Puts an inspection of the plan in a state (what the lifecycle would do over weeks). */
    void state(String planId, String unit, String status, LocalDate conclusionDue) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update inspection set status = :s, ended_on = :e, conclusion_due = :d"
                                + " where plan_id = cast(:p as uuid) and unit_code = :u")
                        .setParameter("s", status)
                        .setParameter("e", conclusionDue == null ? null : LocalDate.of(2026, 6, 1))
                        .setParameter("d", conclusionDue)
                        .setParameter("p", planId)
                        .setParameter("u", unit)
                        .executeUpdate());
    }

    /** A remediation item of the plan's inspection of {@code unit}, responsible that unit. */
    void item(String planId, String unit, String status, LocalDate deadline) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                insert into remediation_item (id, inspection_id, requirement, responsible_unit_code,
                                    responsible_unit_path, deadline, status, created_at)
                                select gen_random_uuid(), i.id, 'Niêm yết đủ thủ tục', i.unit_code, i.unit_path, :d, :s, now()
                                from inspection i where i.plan_id = cast(:p as uuid) and i.unit_code = :u""")
                        .setParameter("d", deadline)
                        .setParameter("s", status)
                        .setParameter("p", planId)
                        .setParameter("u", unit)
                        .executeUpdate());
    }

    /**
     * On 15 June: X1 ended, conclusion due 10 June (overdue); X1.MC ended, due 20 June (due, not overdue); X2
     * concluded (nothing owed); X2.MC planned. Remediation: of X2 one open past its deadline (overdue), one reported
     * and one completed past it (not overdue); of X1 one open due today (not overdue yet) and one open due 12 June
     * (overdue).
     */
    void seed(String token, String province) {
        String plan = plan(token, province);
        state(plan, province + ".X1", "ENDED", LocalDate.of(2026, 6, 10));
        state(plan, province + ".X1.MC", "ENDED", LocalDate.of(2026, 6, 20));
        state(plan, province + ".X2", "CONCLUDED", LocalDate.of(2026, 6, 1));
        item(plan, province + ".X2", "OPEN", LocalDate.of(2026, 6, 1));
        item(plan, province + ".X2", "REPORTED", LocalDate.of(2026, 6, 1));
        item(plan, province + ".X2", "COMPLETED", LocalDate.of(2026, 6, 1));
        item(plan, province + ".X1", "OPEN", LocalDate.of(2026, 6, 15));
        item(plan, province + ".X1", "OPEN", LocalDate.of(2026, 6, 12));
    }

    JsonPath counts(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/inspections/work-counts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    long listed(String token, String list) {
        return given().auth()
                .oauth2(token)
                .queryParam("size", 1)
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("total")
                .longValue();
    }

    static Map<String, Long> three(JsonPath json) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : LISTS.keySet()) {
            m.put(k, json.getLong(k));
        }
        return m;
    }

    static Map<String, Long> expected(long due, long overdue, long remediation) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("conclusionsDue", due);
        m.put("conclusionsOverdue", overdue);
        m.put("remediationOverdue", remediation);
        return m;
    }

    @Test
    void countsTheInspectorsOpenWork() {
        seed(inspector, p);
        JsonPath json = counts(inspector);
        assertEquals(p, json.getString("provinceCode"));
        assertEquals("2026-06-15", json.getString("asOf"));
        assertEquals(expected(2, 1, 2), three(json));
    }

    @Test
    void everyCountIsTheTotalOfTheListItLinksTo() {
        seed(inspector, p);
        JsonPath json = counts(inspector);
        for (var e : LISTS.entrySet()) {
            assertEquals(json.getLong(e.getKey()), listed(inspector, e.getValue()), e.getKey());
        }
        given().auth()
                .oauth2(inspector)
                .queryParam("conclusion", "OVERDUE")
                .when()
                .get("/api/v1/inspections")
                .then()
                .statusCode(200)
                .body("items[0].unitCode", equalTo(p + ".X1"), "items[0].conclusionLate", equalTo(true));
        given().auth()
                .oauth2(inspector)
                .queryParam("overdue", "true")
                .when()
                .get("/api/v1/inspections/remediation")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body(
                        "items.deadline", equalTo(List.of("2026-06-01", "2026-06-12")),
                        "items.overdue", equalTo(List.of(true, true)),
                        "items.unitName", equalTo(List.of("Xã X2", "Xã X1")));
    }

    @Test
    void anotherProvinceSeesNothingOfItAndOnlyInspectorsGetCounts() {
        seed(inspector, p);
        String q = province();
        String other = TestTokens.token("inspector-" + q, q + ".SNV", "inspector");
        assertEquals(expected(0, 0, 0), three(counts(other)));
        for (String list : LISTS.values()) {
            assertEquals(0, listed(other, list), list);
        }
        // the leader of X1 lists the remediation of its own unit only, and gets no counts
        String leader = TestTokens.token("leader-" + p, p + ".X1", "leader");
        assertEquals(1, listed(leader, "/api/v1/inspections/remediation?overdue=true"));
        given().auth()
                .oauth2(leader)
                .when()
                .get("/api/v1/inspections/work-counts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("lost-inspector", "Z00.NOWHERE", "inspector"))
                .when()
                .get("/api/v1/inspections/work-counts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("citizen-" + p, null, "citizen"))
                .when()
                .get("/api/v1/inspections/work-counts")
                .then()
                .statusCode(403);
        given().when().get("/api/v1/inspections/work-counts").then().statusCode(401);
    }

    @Test
    void theListRejectsAnUnknownConclusionFilterNamingIt() {
        given().auth()
                .oauth2(inspector)
                .queryParam("conclusion", "LATE")
                .when()
                .get("/api/v1/inspections")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("conclusion"));
    }
}
