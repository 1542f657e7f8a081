package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import static vn.cchc.procedures.Fixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * Issue 11, item 2: every province-wide role acts only inside the province that is the root of its unit. Two
 * provinces P and Q; Q's admin, catalogue-admin and inspector try everything the issue found them doing to P.
 */
@QuarkusTest
class ProvinceScopeTest {

    @Inject
    EntityManager em;

    String p;
    String q;
    String point;
    String field;
    String published;

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
        published = "1." + suffix() + "." + p;
        create(catalogueOf(p), procedure(published, "Thủ tục của " + p, field, "COMMUNE"));
        decideAs(catalogueOf(p), "1/QĐ-UBND", "2025-06-01", "2025-07-01", published + ":PUBLISH")
                .then()
                .statusCode(201);
    }

    @Test
    void anotherProvincesAdminChangesNoUnitOfThisOne() {
        String foreign = adminOf(q);
        Map<String, Object> child = unit(p + ".X9", "Xã Chín", "ADMINISTRATION", "COMMUNE", p, false, List.of());
        post(foreign, "/api/v1/procedures/units", child).then().statusCode(403).contentType("application/problem+json");
        put(
                        foreign,
                        "/api/v1/procedures/units/" + p + ".X1",
                        unit(null, "Đổi tên", "ADMINISTRATION", "COMMUNE", p, false, List.of()))
                .then()
                .statusCode(403);
        // moving one's own unit under the other province is refused too
        put(
                        adminOf(q),
                        "/api/v1/procedures/units/" + q + ".X1",
                        unit(null, "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()))
                .then()
                .statusCode(403);
        post(
                        foreign,
                        "/api/v1/procedures/units/" + p + ".X1/merge",
                        Map.of("successorCode", q + ".X1", "lastDay", "2026-06-30"))
                .then()
                .statusCode(403);
        post(
                        adminOf(q),
                        "/api/v1/procedures/units/" + q + ".X1/merge",
                        Map.of("successorCode", p + ".X1", "lastDay", "2026-06-30"))
                .then()
                .statusCode(403);
        post(foreign, "/api/v1/procedures/units/import", List.of(child)).then().statusCode(403);
        // a file mixing the caller's own rows with one of the other province: refused whole, naming the row
        post(
                        foreign,
                        "/api/v1/procedures/units/import",
                        List.of(
                                unit(q + ".X7", "Xã Bảy", "ADMINISTRATION", "COMMUNE", q, false, List.of()),
                                unit(p + ".X7", "Xã Bảy", "ADMINISTRATION", "COMMUNE", p, false, List.of())))
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("rows[1]"));
        assertEquals(
                0L,
                count("select count(*) from admin_unit where code in ('" + p + ".X9', '" + p + ".X7', '" + q
                        + ".X7')"));
        // the province's own admin may
        post(adminOf(p), "/api/v1/procedures/units", child).then().statusCode(201);
        // an admin without a unit, and the integration client: nothing
        post(TestTokens.token("admin", null, "admin"), "/api/v1/procedures/units", with(child, "code", p + ".X8"))
                .then()
                .statusCode(403);
        post(
                        TestTokens.token("integration", p, "integration"),
                        "/api/v1/procedures/units",
                        with(child, "code", p + ".X8"))
                .then()
                .statusCode(403);
    }

    @Test
    void provincesAndCentralUnitsAreCreatedOnlyByNationalAdmin() {
        String r = "R" + suffix();
        Map<String, Object> root = unit(r, "Tỉnh mới", "ADMINISTRATION", "PROVINCE", null, false, List.of());
        post(adminOf(p), "/api/v1/procedures/units", root).then().statusCode(403);
        post(
                        adminOf(p),
                        "/api/v1/procedures/units",
                        unit(p + ".BO", "Cơ quan trung ương", "AGENCY", "CENTRAL", p, false, List.of()))
                .then()
                .statusCode(403);
        post(NATIONAL, "/api/v1/procedures/units", root).then().statusCode(201);
        // national-admin writes national data only, not the units inside a province
        post(
                        NATIONAL,
                        "/api/v1/procedures/units",
                        unit(r + ".X1", "Xã", "ADMINISTRATION", "COMMUNE", r, false, List.of()))
                .then()
                .statusCode(403);
        post(
                        adminOf(r),
                        "/api/v1/procedures/units",
                        unit(r + ".X1", "Xã", "ADMINISTRATION", "COMMUNE", r, false, List.of()))
                .then()
                .statusCode(201);
    }

    @Test
    void anotherProvincesStaffWriteNothingInThisCatalogue() {
        String code = "2." + suffix() + "." + p;
        for (String foreign : List.of(adminOf(q), catalogueOf(q))) {
            // a code naming P's catalogue
            post(foreign, "/api/v1/procedures", procedure(code, "Thủ tục", field, "COMMUNE"))
                    .then()
                    .statusCode(403);
            // or a code naming nothing, with P's units as agency or receiving point
            post(
                            foreign,
                            "/api/v1/procedures",
                            with(
                                    procedure("3." + suffix(), "Thủ tục", field, "COMMUNE"),
                                    "decidingAgencyCode",
                                    p + ".SNV"))
                    .then()
                    .statusCode(403);
            post(
                            foreign,
                            "/api/v1/procedures",
                            with(
                                    procedure("3." + suffix(), "Thủ tục", field, "COMMUNE"),
                                    "receivingPoints",
                                    List.of(point)))
                    .then()
                    .statusCode(403);
            put(foreign, "/api/v1/procedures/" + published + "/draft", procedure(published, "Sửa", field, "COMMUNE"))
                    .then()
                    .statusCode(403);
            decideAs(foreign, "9/QĐ-UBND", "2025-08-01", "2025-08-15", published + ":ABOLISH")
                    .then()
                    .statusCode(403);
        }
        assertEquals(0L, count("select count(*) from procedure where code = '" + code + "'"));
        given().when()
                .get("/api/v1/procedures/" + published)
                .then()
                .statusCode(200)
                .body("state", equalTo("IN_FORCE"));

        // a draft of P is P's business: Q's staff do not even learn it exists
        String draft = "4." + suffix() + "." + p;
        create(catalogueOf(p), procedure(draft, "Bản nháp", field, "COMMUNE"));
        given().auth()
                .oauth2(catalogueOf(q))
                .when()
                .get("/api/v1/procedures/" + draft)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(catalogueOf(q))
                .when()
                .get("/api/v1/procedures/" + draft + "/draft")
                .then()
                .statusCode(404);
        post(
                        catalogueOf(q),
                        "/api/v1/procedures/" + draft + "/publication",
                        Map.of("decisionNumber", "1/QĐ", "decisionDate", "2025-08-01", "effectiveDate", "2025-08-15"))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(catalogueOf(q))
                .queryParam("q", draft)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(catalogueOf(p))
                .queryParam("q", draft)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(1));
        given().auth()
                .oauth2(NATIONAL)
                .when()
                .get("/api/v1/procedures/" + draft)
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"));
        // the public never sees it
        given().when().get("/api/v1/procedures/" + draft).then().statusCode(404);
    }

    @Test
    void theNationalCatalogueIsWrittenByNationalAdminOnlyAndPostedEverywhere() {
        String code = "1." + suffix();
        post(NATIONAL, "/api/v1/procedures", procedure(code, "Thủ tục trung ương", field, "COMMUNE"))
                .then()
                .statusCode(201);
        // a province's catalogue staff cannot publish it (nor see the unpublished draft: 404)
        decideAs(catalogueOf(p), "5/QĐ", "2025-06-01", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(404);
        decideAs(NATIONAL, "5/QĐ-BTP", "2025-06-01", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(201);
        // it is required at every receiving point of the field, in every province; P's own procedure only in P
        given().auth()
                .oauth2(adminOf(q))
                .when()
                .get("/api/v1/procedures/compliance/" + q + ".X1.MC")
                .then()
                .statusCode(200)
                .body("missing.procedureCode", equalTo(List.of(code)));
        given().auth()
                .oauth2(adminOf(p))
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(200)
                .body("missing.procedureCode", hasItem(published), "missing.procedureCode", hasItem(code));
        // and Q's point cannot post P's procedure
        put(
                        TestTokens.token("officer", q + ".X1", "officer"),
                        "/api/v1/procedures/postings/" + q + ".X1.MC",
                        Map.of("items", List.of(Map.of("procedureCode", published))))
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("inCatalogue"));
    }

    @Test
    void anotherProvinceReadsNoComplianceAndWritesNoPosting() {
        Map<String, Object> items = Map.of("items", List.of(Map.of("procedureCode", published)));
        put(adminOf(q), "/api/v1/procedures/postings/" + point, items).then().statusCode(403);
        post(adminOf(q), "/api/v1/procedures/postings/" + point + "/items", Map.of("procedureCode", published))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(adminOf(q))
                .when()
                .delete("/api/v1/procedures/postings/" + point + "/items/" + published)
                .then()
                .statusCode(403);
        put(adminOf(p), "/api/v1/procedures/postings/" + point, items).then().statusCode(200);
        for (String role : List.of("inspector", "admin", "catalogue-admin")) {
            String foreign = TestTokens.token(role, q + ".SNV", role);
            given().auth()
                    .oauth2(foreign)
                    .when()
                    .get("/api/v1/procedures/compliance/" + point)
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(foreign)
                    .queryParam("unit", p)
                    .when()
                    .get("/api/v1/procedures/compliance")
                    .then()
                    .statusCode(403);
            // by default they see their own province
            given().auth()
                    .oauth2(foreign)
                    .when()
                    .get("/api/v1/procedures/compliance")
                    .then()
                    .statusCode(200)
                    .body("unitCode", equalTo(q), "units.unitCode", not(hasItem(point)));
            String own = TestTokens.token(role, p + ".SNV", role);
            given().auth()
                    .oauth2(own)
                    .when()
                    .get("/api/v1/procedures/compliance/" + point)
                    .then()
                    .statusCode(200)
                    .body("posted", equalTo(1));
        }
        // no unit: 403, never "everything"
        given().auth()
                .oauth2(TestTokens.token("inspector", null, "inspector"))
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("inspector", null, "inspector"))
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(NATIONAL)
                .queryParam("unit", p)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200);
    }

    @Test
    void importsWriteTheCallersCatalogueAndTheirJobsAreTheirs() {
        String mine = "5." + suffix() + "." + q;
        String theirs = "5." + suffix() + "." + p;
        String csv = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,Cách thức thực hiện\n"
                + mine + ",Thủ tục,Hộ tịch,Cấp xã,3,Ngày làm việc,Trực tiếp\n"
                + theirs + ",Thủ tục,Hộ tịch,Cấp xã,3,Ngày làm việc,Trực tiếp\n";
        String id = given().auth()
                .oauth2(catalogueOf(q))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(catalogueOf(q))
                                .when()
                                .get("/api/v1/procedures/imports/" + id)
                                .then()
                                .extract()
                                .path("status")));
        given().auth()
                .oauth2(catalogueOf(q))
                .when()
                .get("/api/v1/procedures/imports/" + id)
                .then()
                .body(
                        "status",
                        equalTo("REJECTED"),
                        "catalogue",
                        equalTo(q),
                        "errors[0].row",
                        equalTo(2),
                        "errors[0].rule",
                        equalTo("inCatalogue"));
        assertEquals(0L, count("select count(*) from procedure where code in ('" + mine + "', '" + theirs + "')"));
        // another province's staff do not see the job
        given().auth()
                .oauth2(catalogueOf(p))
                .when()
                .get("/api/v1/procedures/imports/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.token("catalogue", null, "catalogue-admin"))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(403);
    }

    @Test
    void theIntegrationClientGetsOnlyPublicReads() {
        String integration = TestTokens.token("integration", p, "integration");
        given().auth()
                .oauth2(integration)
                .when()
                .get("/api/v1/procedures/" + published)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(integration)
                .when()
                .get("/api/v1/procedures/units/" + point)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(integration)
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(integration)
                .when()
                .get("/api/v1/procedures/reports/time-reduction")
                .then()
                .statusCode(403);
        post(integration, "/api/v1/procedures", procedure("6." + suffix() + "." + p, "X", field))
                .then()
                .statusCode(403);
        put(integration, "/api/v1/procedures/postings/" + point, Map.of("items", List.of()))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(integration)
                .contentType("text/csv")
                .body("a,b\n")
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(403);
    }

    private static Response post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path);
    }

    private static Response put(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(path);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
