package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.procedures.Fixtures.NATIONAL;
import static vn.cchc.procedures.Fixtures.adminOf;
import static vn.cchc.procedures.Fixtures.catalogueOf;
import static vn.cchc.procedures.Fixtures.create;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.decideAs;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code GET /api/v1/procedures/work-counts} (issue 17 §4): the catalogue staff's counts, each equal to the total of
 * the list it links to, moved by its own province's work only; other roles get 403. Two fresh provinces P and Q.
 */
@QuarkusTest
class WorkCountsTest {

    static final List<String> KEYS = List.of("drafts", "decisionsTakingEffect", "missingPostings", "stalePostings");

    String p;
    String q;
    String point;
    String field;

    @BeforeEach
    void twoProvinces() {
        p = "P" + suffix();
        q = "Q" + suffix();
        field = "Lĩnh vực " + p;
        point = p + ".X1.MC";
        for (String root : List.of(p, q)) {
            createUnit(unit(root, "Tỉnh " + root, "ADMINISTRATION", "PROVINCE", null, false, List.of()));
            createUnit(unit(root + ".SNV", "Sở Nội vụ", "AGENCY", "PROVINCE", root, false, List.of()));
            createUnit(unit(root + ".X1", "Xã Một", "ADMINISTRATION", "COMMUNE", root, false, List.of()));
            createUnit(unit(
                    root + ".X1.MC", "Trung tâm xã Một", "ONE_STOP", "COMMUNE", root + ".X1", true, List.of(field)));
        }
    }

    static JsonPath counts(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/procedures/work-counts")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath();
    }

    static Map<String, Long> values(JsonPath json) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            m.put(k, json.getLong(k));
        }
        return m;
    }

    /** The totals of the lists the SPA links each count to, read as {@code token}. */
    static Map<String, Long> lists(String token, JsonPath counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(
                "drafts",
                given().auth()
                        .oauth2(token)
                        .queryParam("state", "DRAFT")
                        .queryParam("size", 1)
                        .when()
                        .get("/api/v1/procedures")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Number>path("total")
                        .longValue());
        m.put(
                "decisionsTakingEffect",
                given().queryParam("catalogue", counts.getString("province"))
                        .queryParam("effectiveFrom", counts.getString("effectiveFrom"))
                        .queryParam("effectiveTo", counts.getString("effectiveTo"))
                        .queryParam("size", 1)
                        .when()
                        .get("/api/v1/procedures/decisions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Number>path("total")
                        .longValue());
        JsonPath overview = given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        m.put("missingPostings", overview.getLong("totals.missing"));
        m.put("stalePostings", overview.getLong("totals.stale"));
        return m;
    }

    String procedureOf(String province, String name) {
        String code = "1." + suffix() + "." + province;
        create(catalogueOf(province), procedure(code, name, field, "COMMUNE"));
        return code;
    }

    void publish(String code, LocalDate effective) {
        decideAs(
                        catalogueOf(p),
                        "QĐ-" + suffix(),
                        effective.minusDays(10).toString(),
                        effective.toString(),
                        code + ":PUBLISH")
                .then()
                .statusCode(201);
    }

    @Test
    void countsTheProvincesCatalogueWorkAsTheListsItLinksTo() {
        JsonPath first = counts(catalogueOf(p));
        assertEquals(p, first.getString("province"));
        LocalDate today = LocalDate.parse(first.getString("asOf"));
        assertEquals(today.toString(), first.getString("effectiveFrom"));
        assertEquals(today.plusDays(7).toString(), first.getString("effectiveTo"));
        Map<String, Long> before = values(first);
        Map<String, Long> otherBefore = values(counts(catalogueOf(q)));
        assertEquals(0L, before.get("drafts"), "a new province's catalogue has no drafts");
        assertEquals(0L, before.get("decisionsTakingEffect"));

        procedureOf(p, "Chỉ là dự thảo"); // a draft
        publish(procedureOf(p, "Có hiệu lực sau 3 ngày"), today.plusDays(3)); // still DRAFT, decision within 7 days
        publish(procedureOf(p, "Có hiệu lực hôm nay"), today); // in force today (missing), decision today
        publish(procedureOf(p, "Có hiệu lực sau 8 ngày"), today.plusDays(8)); // DRAFT, decision outside the window
        publish(procedureOf(p, "Có hiệu lực từ 2025"), LocalDate.of(2025, 7, 1)); // in force, not posted: missing
        // posted, then abolished: no longer in force but still posted (stale)
        String abolished = procedureOf(p, "Đã bãi bỏ");
        publish(abolished, LocalDate.of(2025, 7, 1));
        given().auth()
                .oauth2(adminOf(p))
                .contentType(ContentType.JSON)
                .body(Map.of("procedureCode", abolished))
                .when()
                .post("/api/v1/procedures/postings/" + point + "/items")
                .then()
                .statusCode(200);
        decideAs(catalogueOf(p), "QĐ-BB-" + suffix(), "2025-07-20", "2025-08-01", abolished + ":ABOLISH")
                .then()
                .statusCode(201);
        // the other province's catalogue-admin has work of their own, which P never sees
        procedureOf(q, "Dự thảo của tỉnh khác");

        for (String token : List.of(catalogueOf(p), adminOf(p))) {
            JsonPath json = counts(token);
            assertEquals(p, json.getString("province"));
            assertEquals(3L, json.getLong("drafts"), "the draft and the two decided with a later date");
            assertEquals(2L, json.getLong("decisionsTakingEffect"), "today's and the one in 3 days");
            assertEquals(before.get("missingPostings") + 2, json.getLong("missingPostings"));
            assertEquals(before.get("stalePostings") + 1, json.getLong("stalePostings"));
            assertEquals(values(json), lists(token, json), "each count is the total of the list it links to");
        }

        JsonPath other = counts(catalogueOf(q));
        assertEquals(q, other.getString("province"));
        assertEquals(otherBefore.get("drafts") + 1, other.getLong("drafts"), "Q sees its own draft only");
        assertEquals(otherBefore.get("decisionsTakingEffect"), other.getLong("decisionsTakingEffect"));
        assertEquals(otherBefore.get("missingPostings"), other.getLong("missingPostings"));
        assertEquals(otherBefore.get("stalePostings"), other.getLong("stalePostings"));
        assertEquals(values(other), lists(catalogueOf(q), other));
    }

    @Test
    void onlyCatalogueStaffOfAKnownProvinceGetCounts() {
        for (String token : List.of(
                TestTokens.token("officer", point, "officer"),
                TestTokens.token("leader", p + ".X1", "leader"),
                TestTokens.token("specialist", p + ".X1", "specialist"),
                TestTokens.token("inspector", p + ".SNV", "inspector"),
                TestTokens.token("appraiser", p, "appraiser"),
                TestTokens.token("citizen", null, "citizen"),
                TestTokens.token("integration", p, "integration"),
                NATIONAL,
                TestTokens.token("admin", null, "admin"),
                TestTokens.token("catalogue", "NO.SUCH.UNIT", "catalogue-admin"))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/procedures/work-counts")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/v1/procedures/work-counts").then().statusCode(401);
        // the refusal speaks Vietnamese by default (ADR 0015)
        given().auth()
                .oauth2(TestTokens.token("catalogue", "NO.SUCH.UNIT", "catalogue-admin"))
                .header("Accept-Language", "vi")
                .when()
                .get("/api/v1/procedures/work-counts")
                .then()
                .statusCode(403)
                .body("detail", equalTo("Tài khoản của bạn chưa gắn đơn vị đã biết ở dịch vụ này."));
    }

    @Test
    void theDecisionListFiltersByEffectiveDateAndCatalogue() {
        String early = procedureOf(p, "Hiệu lực 1/3");
        String late = procedureOf(p, "Hiệu lực 1/5");
        publish(early, LocalDate.of(2030, 3, 1));
        publish(late, LocalDate.of(2030, 5, 1));
        assertEquals(2L, decisions(Map.of("catalogue", p)));
        assertEquals(1L, decisions(Map.of("catalogue", p, "effectiveFrom", "2030-03-01", "effectiveTo", "2030-03-01")));
        assertEquals(1L, decisions(Map.of("catalogue", p, "effectiveFrom", "2030-04-01")));
        assertEquals(1L, decisions(Map.of("catalogue", p, "effectiveTo", "2030-04-30")));
        assertEquals(0L, decisions(Map.of("catalogue", q)));
        assertEquals(
                "2030-05-01",
                given().queryParam("catalogue", p)
                        .queryParam("effectiveFrom", "2030-04-01")
                        .when()
                        .get("/api/v1/procedures/decisions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].effectiveDate"));
    }

    @Test
    void aBadDateRangeIsA400NamingTheParameter() {
        bad(Map.of("effectiveFrom", "06/12/2026"), "effectiveFrom", "date");
        bad(Map.of("effectiveTo", "2026-13-01"), "effectiveTo", "date");
        bad(Map.of("effectiveFrom", "9999-01-01"), "effectiveFrom", "range");
        bad(
                Map.of("effectiveFrom", "2026-12-10", "effectiveTo", "2026-12-09"),
                "effectiveTo",
                "notBeforeEffectiveFrom");
        given().header("Accept-Language", "vi")
                .queryParam("effectiveFrom", "2026-12-10")
                .queryParam("effectiveTo", "2026-12-09")
                .when()
                .get("/api/v1/procedures/decisions")
                .then()
                .statusCode(400)
                .body("violations[0].message", equalTo("không được trước ngày hiệu lực từ (effectiveFrom)"));
    }

    static long decisions(Map<String, String> query) {
        return given().queryParams(query)
                .when()
                .get("/api/v1/procedures/decisions")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("total")
                .longValue();
    }

    static void bad(Map<String, String> query, String field, String rule) {
        given().queryParams(query)
                .when()
                .get("/api/v1/procedures/decisions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field))
                .body("violations[0].rule", equalTo(rule));
    }
}
