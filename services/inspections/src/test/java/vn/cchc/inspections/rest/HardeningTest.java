package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.inspections.rest.AccessFixtures.BASE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.testing.TestTokens;

/**
 * Issue 11 in the inspections service, case by case: province scope of inspectors and admins, the integration client,
 * callers without a unit, national content groups; clearly invalid dates; uploads checked by content with safe names
 * and headers; bad input and bounded lists; nothing written by a refused request.
 */
@QuarkusTest
class HardeningTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String inspector = AccessFixtures.inspector();
    private final String leader = AccessFixtures.leader();

    @BeforeEach
    void setUp() {
        AccessFixtures.units(em);
        clock.set(AccessFixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String number() {
        return "H" + ThreadLocalRandom.current().nextInt(100000, 999999) + "/KH";
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static Map<String, Object> planBody(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("planDate", "2026-01-15");
        body.put("issuer", "Ủy ban nhân dân tỉnh Hòa An");
        body.put("year", 2026);
        body.put("contentGroups", List.of("CHI_DAO_DIEU_HANH", "TTHC_MOT_CUA"));
        body.put("team", List.of(Map.of("name", "Tổ viên", "role", "MEMBER", "username", "member")));
        body.put(
                "inspections",
                List.of(Map.of("unitCode", "H99.X01", "scheduledFrom", "2026-03-02", "scheduledTo", "2026-03-03")));
        return body;
    }

    private static Response post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path);
    }

    // ---------------------------------------------------------------- access

    @Test
    void anotherProvincesInspectorAndAdminNeverSeeNorWriteThisProvincesFiles() {
        String concluded = AccessFixtures.ended(
                AccessFixtures.started(AccessFixtures.inspectionOf(AccessFixtures.plan(number()))));
        AccessFixtures.draft(concluded);
        given().auth()
                .oauth2(inspector)
                .when()
                .post(BASE + "/" + concluded + "/conclusion/issue")
                .then()
                .statusCode(200);
        String plan = given().auth()
                .oauth2(inspector)
                .when()
                .get(BASE + "/" + concluded)
                .then()
                .extract()
                .path("planId");
        String item = AccessFixtures.remediation(concluded);

        for (String other : List.of(
                TestTokens.token("inspector.h98", "H98.SNV", "inspector"),
                TestTokens.token("admin.h98", "H98", "admin"),
                TestTokens.token("admin.h99", "H99", "admin"))) {
            given().auth()
                    .oauth2(other)
                    .when()
                    .get(BASE + "/plans")
                    .then()
                    .statusCode(200)
                    .body("items.provinceCode", everyItem(not(equalTo("H99"))));
            given().auth()
                    .oauth2(other)
                    .when()
                    .get(BASE)
                    .then()
                    .statusCode(200)
                    .body("items.unitCode", not(hasItem("H99.X01")));
            for (String path : List.of(
                    "/plans/" + plan,
                    "/plans/" + plan + "/dashboard",
                    "/plans/" + plan + "/remediation",
                    "/" + concluded,
                    "/" + concluded + "/findings",
                    "/" + concluded + "/conclusion",
                    "/" + concluded + "/conclusion.pdf",
                    "/" + concluded + "/remediation",
                    "/" + concluded + "/evidence")) {
                given().auth()
                        .oauth2(other)
                        .when()
                        .get(BASE + path)
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        String h98 = TestTokens.token("inspector.h98", "H98.SNV", "inspector");
        // writes: 404 (no existence leak), also with an invalid body (access is checked before the body)
        post(h98, BASE + "/" + concluded + "/remediation", Map.of("requirement", "x", "deadline", "2026-07-15"))
                .then()
                .statusCode(404);
        post(h98, BASE + "/" + concluded + "/remediation", Map.of("requirement", "", "deadline", "9999-01-01"))
                .then()
                .statusCode(404);
        post(h98, BASE + "/" + concluded + "/remediation/" + item + "/complete", Map.of())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(h98)
                .contentType(ContentType.JSON)
                .body(Map.of("number", ""))
                .when()
                .put(BASE + "/plans/" + plan)
                .then()
                .statusCode(404);
        // a plan of H98 may not inspect a unit of H99
        post(h98, BASE + "/plans", planBody(number()))
                .then()
                .statusCode(400)
                .body(
                        "violations[0].field",
                        equalTo("inspections[0].unitCode"),
                        "violations[0].rule",
                        equalTo("knownUnit"));
    }

    @Test
    void theIntegrationClientAndCallersWithoutAUnitGetNothing() {
        String integration = TestTokens.token("integration", "H99", "integration");
        for (String path : List.of("/plans", "", "/content-groups", "/calendar/2026")) {
            given().auth()
                    .oauth2(integration)
                    .when()
                    .get(BASE + path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        post(integration, BASE + "/plans", planBody(number())).then().statusCode(403);
        for (String token : List.of(
                TestTokens.token("inspector.nounit", null, "inspector"),
                TestTokens.token("leader.nounit", null, "leader"),
                TestTokens.token("admin.nounit", null, "admin"))) {
            given().auth().oauth2(token).when().get(BASE + "/plans").then().statusCode(403);
            given().auth().oauth2(token).when().get(BASE).then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/content-groups")
                    .then()
                    .statusCode(403);
        }
        post(TestTokens.token("inspector.nounit", null, "inspector"), BASE + "/plans", planBody(number()))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("admin.nounit", null, "admin"))
                .when()
                .get(BASE + "/calendar/2026")
                .then()
                .statusCode(403);
    }

    @Test
    void contentGroupsAreNationalDataWrittenByNationalAdminOnly() {
        String code = "HX_" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Map<String, Object> group =
                Map.of("code", code, "nameVi", "Nhóm", "nameEn", "Group", "validFrom", "2091-01-01");
        for (String token : List.of(
                TestTokens.token("admin", "H99", "admin"),
                TestTokens.token("admin.nounit", null, "admin"),
                TestTokens.token("catalogue", "H99", "catalogue-admin"),
                inspector)) {
            post(token, BASE + "/content-groups", group).then().statusCode(403);
        }
        post(AccessFixtures.national(), BASE + "/content-groups", group)
                .then()
                .statusCode(201)
                .body("sortOrder", equalTo(0));
        given().auth()
                .oauth2(AccessFixtures.national())
                .queryParam("date", "2091-06-01")
                .when()
                .get(BASE + "/content-groups")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
        given().auth()
                .oauth2(TestTokens.token("admin", "H98", "admin"))
                .queryParam("date", "2091-06-01")
                .when()
                .get(BASE + "/content-groups")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
    }

    // ---------------------------------------------------------------- clearly invalid data

    @Test
    void invalidDatesAreRefusedNamingTheFieldAndTheRuleAndNothingIsWritten() {
        long plans = count("inspection_plan");
        long inspections = count("inspection");
        Map<String, Object> body = planBody(number());
        body.put(
                "inspections",
                List.of(Map.of("unitCode", "H99.X01", "scheduledFrom", "2026-03-01", "scheduledTo", "2026-03-03")));
        post(inspector, BASE + "/plans", body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations[0].field",
                        equalTo("inspections[0].scheduledFrom"),
                        "violations[0].rule",
                        equalTo("workingDay"));
        body.put(
                "inspections",
                List.of(Map.of("unitCode", "H99.X01", "scheduledFrom", "9999-03-01", "scheduledTo", "9999-03-03")));
        post(inspector, BASE + "/plans", body)
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItem("inspections[0].scheduledFrom"),
                        "violations.rule",
                        hasItem("yearRange"));
        body.put("inspections", List.of());
        body.put("contentGroups", List.of("CHI_DAO_DIEU_HANH", "NO_SUCH_GROUP"));
        post(inspector, BASE + "/plans", body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("contentGroups[1]"), "violations[0].rule", equalTo("knownGroup"));
        body.put("contentGroups", List.of("CHI_DAO_DIEU_HANH"));
        for (String date : List.of("-0001-01-01", "1899-12-31", "2101-01-01")) {
            body.put("planDate", date);
            post(inspector, BASE + "/plans", body)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("planDate"));
        }
        assertEquals(plans, count("inspection_plan"));
        assertEquals(inspections, count("inspection"));

        String plan = AccessFixtures.plan(number());
        String planned = AccessFixtures.inspectionOf(plan);
        post(
                        inspector,
                        BASE + "/plans/" + plan + "/inspections",
                        Map.of("unitCode", "H99.X02", "scheduledFrom", "2026-03-08", "scheduledTo", "2026-03-09"))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("scheduledFrom"), "violations[0].rule", equalTo("workingDay"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("scheduledFrom", "2026-04-30", "scheduledTo", "2026-05-04"))
                .when()
                .put(BASE + "/" + planned + "/schedule")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("scheduledFrom"), "violations[0].rule", equalTo("workingDay"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("scheduledFrom", "2101-03-07", "scheduledTo", "2101-03-08"))
                .when()
                .put(BASE + "/" + planned + "/schedule")
                .then()
                .statusCode(400)
                // the working calendar now covers 1900–2100 like every date of the API (issue 12)
                .body("violations[0].field", equalTo("scheduledFrom"), "violations[0].rule", equalTo("yearRange"));
        given().auth()
                .oauth2(inspector)
                .when()
                .get(BASE + "/" + planned)
                .then()
                .body("scheduledFrom", equalTo("2026-03-02"));

        String ended = AccessFixtures.ended(AccessFixtures.started(planned));
        long conclusions = count("conclusion");
        for (String notice : List.of("2026-03-02", "2021-06-01")) {
            given().auth()
                    .oauth2(inspector)
                    .contentType(ContentType.JSON)
                    .body(Map.of("number", "01/TB", "noticeDate", notice, "signer", "A"))
                    .when()
                    .put(BASE + "/" + ended + "/conclusion")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("noticeDate"), "violations[0].rule", equalTo("notBeforeEnd"));
        }
        assertEquals(conclusions, count("conclusion"));

        long items = count("remediation_item");
        post(
                        inspector,
                        BASE + "/" + ended + "/remediation",
                        Map.of("requirement", "Khắc phục", "deadline", "2026-05-17"))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("deadline"), "violations[0].rule", equalTo("workingDay"));
        post(
                        inspector,
                        BASE + "/" + ended + "/remediation",
                        Map.of("requirement", "Khắc phục", "deadline", "2026-04-30"))
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("workingDay"), "violations[0].message", containsString("HOLIDAY"));
        post(
                        inspector,
                        BASE + "/" + ended + "/remediation",
                        Map.of("requirement", "Khắc phục", "deadline", "2026-03-02"))
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("afterVisit"));
        assertEquals(items, count("remediation_item"));
        post(
                        inspector,
                        BASE + "/" + ended + "/remediation",
                        Map.of("requirement", "Khắc phục", "deadline", "2026-05-15"))
                .then()
                .statusCode(201);
    }

    // ---------------------------------------------------------------- uploads and downloads

    @Test
    void uploadsAreCheckedByContentAndDownloadsAreAttachmentsWithSafeNames() {
        String id = AccessFixtures.started(AccessFixtures.inspectionOf(AccessFixtures.plan(number())));
        String finding = AccessFixtures.finding(id);
        String url = BASE + "/" + id + "/findings/" + finding + "/documents";
        long attachments = count("attachment");
        byte[] html = "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        for (Object[] bad : List.of(
                new Object[] {"bien-ban.pdf", html, "application/pdf"},
                new Object[] {"bien-ban.pdf", exe, "application/pdf"},
                new Object[] {"anh.png", svg, "image/png"})) {
            given().auth()
                    .oauth2(inspector)
                    .multiPart("file", (String) bad[0], (byte[]) bad[1], (String) bad[2])
                    .when()
                    .post(url)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("file"), "violations[0].rule", equalTo("fileType"));
        }
        assertEquals(attachments, count("attachment"));

        String hostile = "..\\../bien \"ban\"\r\nX-Evil: 1;.pdf";
        Response stored = given().auth()
                .oauth2(inspector)
                .multiPart("file", hostile, AccessFixtures.samplePdf(), "text/html")
                .when()
                .post(url);
        stored.then().statusCode(201).body("contentType", equalTo("application/pdf"));
        String name = stored.path("filename");
        assertFalse(
                name.contains("/")
                        || name.contains("\\")
                        || name.contains("\"")
                        || name.contains("\r")
                        || name.contains("\n")
                        || name.startsWith("."),
                name);
        Response download =
                given().auth().oauth2(inspector).when().get(BASE + "/" + id + "/documents/" + stored.path("id"));
        download.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment;"));
        String disposition = download.header("Content-Disposition");
        assertTrue(
                disposition.matches(
                        "attachment; filename=\"[^\"\\\\;%\\p{Cntrl}]*\"; filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]*"),
                disposition);
        assertTrue(download.header("X-Evil") == null);
        assertTrue(java.util.Arrays.equals(AccessFixtures.samplePdf(), download.asByteArray()));

        // remediation evidence: the same checks
        String ended = AccessFixtures.ended(id);
        String item = AccessFixtures.remediation(ended);
        given().auth()
                .oauth2(leader)
                .multiPart("file", "minh-chung.pdf", html, "application/pdf")
                .when()
                .post(BASE + "/" + ended + "/remediation/" + item + "/documents")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("fileType"));
        String evidence = given().auth()
                .oauth2(leader)
                .multiPart("file", "minh-chung.pdf", AccessFixtures.samplePdf(), "application/pdf")
                .when()
                .post(BASE + "/" + ended + "/remediation/" + item + "/documents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(leader)
                .when()
                .get(BASE + "/" + ended + "/documents/" + evidence)
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff");
        // no file part: 400 naming it
        given().auth()
                .oauth2(leader)
                .multiPart("other", "x")
                .when()
                .post(BASE + "/" + ended + "/remediation/" + item + "/documents")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("file"));
    }

    @Test
    void theConclusionPdfIsAnInlinePreviewWithNosniff() {
        String id = AccessFixtures.ended(
                AccessFixtures.started(AccessFixtures.inspectionOf(AccessFixtures.plan(number()))));
        AccessFixtures.draft(id);
        given().auth()
                .oauth2(inspector)
                .when()
                .get(BASE + "/" + id + "/conclusion.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("inline;"));
    }

    // ---------------------------------------------------------------- bad input and bounded lists

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        long plans = count("inspection_plan");
        Map<String, Object> body = planBody(number());
        body.put("year", 99999999999L);
        post(inspector, BASE + "/plans", body).then().statusCode(400).body("violations[0].field", equalTo("year"));
        body.put("year", 2026);
        body.put("contentGroups", null);
        post(inspector, BASE + "/plans", body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("contentGroups"));
        body.put("contentGroups", List.of("CHI_DAO_DIEU_HANH"));
        post(
                        inspector,
                        BASE + "/plans",
                        "{\"number\":\"x\",\"planDate\":\"2026-01-15\",\"issuer\":\"x\",\"year\":2026,"
                                + "\"contentGroups\":[\"CHI_DAO_DIEU_HANH\"],\"team\":[null]}")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("team"));
        post(inspector, BASE + "/plans", java.util.Collections.nCopies(2, body))
                .then()
                .statusCode(400);
        assertEquals(plans, count("inspection_plan"));

        String plan = AccessFixtures.plan(number());
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(List.of(Map.of("name", "A", "role", "BOSS")))
                .when()
                .put(BASE + "/plans/" + plan + "/team")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("[0].role"), "violations[0].rule", equalTo("pattern"));
        given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(java.util.Collections.nCopies(101, Map.of("name", "A", "role", "MEMBER")))
                .when()
                .put(BASE + "/plans/" + plan + "/team")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("size"));
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .when()
                .get(BASE + "/plans/" + plan)
                .then()
                .body("team", hasSize(1), "team[0].username", equalTo("member"));

        String id = AccessFixtures.started(AccessFixtures.inspectionOf(plan));
        long findings = count("finding");
        post(
                        inspector,
                        BASE + "/" + id + "/findings",
                        "{\"kind\":\"WEAKNESS\",\"groupCode\":\"TTHC_MOT_CUA\",\"text\":\"x\","
                                + "\"figures\":[{\"key\":\"k\",\"label\":\"l\",\"value\":1e309}]}")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("value"));
        post(
                        inspector,
                        BASE + "/" + id + "/findings",
                        "{\"kind\":\"WEAKNESS\",\"groupCode\":\"TTHC_MOT_CUA\",\"text\":\"x\","
                                + "\"figures\":[{\"key\":\"k\",\"label\":\"l\",\"value\":999999999999999}],\"evidenceKeys\":[\"no.such\"]}")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("evidenceKeys[0]"));
        post(inspector, BASE + "/" + id + "/findings", Map.of("kind", "WEAKNESS", "groupCode", "THE_CHE", "text", "x"))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("groupCode"));
        assertEquals(findings, count("finding"));
        // query parameters
        given().auth()
                .oauth2(inspector)
                .queryParam("startedOn", "-0001-01-01")
                .when()
                .post(BASE + "/" + id + "/start")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startedOn"));
        given().auth()
                .oauth2(inspector)
                .queryParam("asOf", "9999-12-31")
                .when()
                .get(BASE + "/" + id + "/evidence")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        given().auth()
                .oauth2(inspector)
                .queryParam("year", "1e309")
                .when()
                .get(BASE + "/plans")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().auth()
                .oauth2(inspector)
                .queryParam("planId", "abc")
                .when()
                .get(BASE)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("planId"));
    }

    @Test
    void listsArePagedWithTheirTotal() {
        AccessFixtures.plan(number());
        AccessFixtures.plan(number());
        Response page =
                given().auth().oauth2(inspector).queryParam("size", 1).when().get(BASE + "/plans");
        page.then().statusCode(200).body("items", hasSize(1), "page", equalTo(0), "size", equalTo(1));
        assertTrue(page.<Integer>path("total") >= 2);
        assertNotNull(page.header("X-Total-Count"));
        assertTrue(Long.parseLong(page.header("X-Total-Count")) >= 2);
        given().auth()
                .oauth2(inspector)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get(BASE + "/plans")
                .then()
                .statusCode(200)
                .body("items", hasSize(1), "items[0].id", not(equalTo(page.path("items[0].id"))));
        given().auth()
                .oauth2(inspector)
                .queryParam("size", 501)
                .when()
                .get(BASE + "/plans")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));
        given().auth()
                .oauth2(inspector)
                .queryParam("size", 2)
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items", hasSize(2), "total", greaterThanOrEqualTo(2))
                .header("X-Total-Count", not(equalTo("0")));
        given().auth()
                .oauth2(inspector)
                .queryParam("page", -1)
                .when()
                .get(BASE)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }
}
