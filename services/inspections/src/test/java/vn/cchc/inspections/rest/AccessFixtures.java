package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.testing.TestTokens;

/**
 * The fixtures of {@code access-matrix.txt}: provinces H99 and H98 in the unit copy, plans of H99 whose team lists
 * the user name {@code member}, one inspection of H99.X01 in each state its operations need, findings, documents,
 * remediation items and a content group valid in 2090 only (so that no other test sees it). Built through the API as
 * the inspector of H99 (and national-admin for the content group) on a fixed clock: Monday 15 June 2026.
 */
final class AccessFixtures {

    static final Instant NOW = Instant.parse("2026-06-15T03:00:00Z");
    static final String BASE = "/api/v1/inspections";

    private AccessFixtures() {}

    static String inspector() {
        return TestTokens.token("inspector", "H99.SNV", "inspector");
    }

    static String leader() {
        return TestTokens.token("leader", "H99.X01", "leader");
    }

    static String national() {
        return TestTokens.token("national", null, "national-admin");
    }

    /** The provinces the matrix's callers belong to (idempotent). */
    static void units(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            unit(em, "H99", "Tỉnh Hòa An", null, "/H99/");
            unit(em, "H99.SNV", "Sở Nội vụ tỉnh Hòa An", "H99", "/H99/H99.SNV/");
            unit(em, "H99.X01", "Xã An Phú", "H99", "/H99/H99.X01/");
            unit(em, "H99.X01.MC", "Bộ phận Một cửa xã An Phú", "H99.X01", "/H99/H99.X01/H99.X01.MC/");
            unit(em, "H99.X02", "Phường Hòa Bình", "H99", "/H99/H99.X02/");
            unit(em, "H99.X03", "Xã Tân Lập", "H99", "/H99/H99.X03/");
            unit(em, "H98", "Tỉnh Bình Sơn", null, "/H98/");
            unit(em, "H98.SNV", "Sở Nội vụ tỉnh Bình Sơn", "H98", "/H98/H98.SNV/");
            unit(em, "H98.X01", "Xã Bình Minh", "H98", "/H98/H98.X01/");
        });
    }

    private static void unit(EntityManager em, String code, String name, String parent, String path) {
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

    /** Builds everything and returns the variables of the matrix. The clock stays at {@link #NOW}. */
    static Map<String, String> create(EntityManager em, TestClock clock) {
        units(em);
        clock.set(NOW);
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999));
        Map<String, String> vars = new HashMap<>();
        vars.put("newPlanNumber", "M" + run + "/KH-MOI");
        vars.put("newGroup", "MX_" + run);
        vars.put("newItem", "MX_ITEM_" + run);

        // a content group of 2090 with one item (national data)
        String group = "MXG_" + run;
        given().auth()
                .oauth2(national())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        group,
                        "nameVi",
                        "Nhóm thử nghiệm",
                        "nameEn",
                        "Test group",
                        "sortOrder",
                        90,
                        "validFrom",
                        "2090-01-01",
                        "validTo",
                        "2090-12-31"))
                .when()
                .post(BASE + "/content-groups")
                .then()
                .statusCode(201);
        String itemCode = "MXI_" + run;
        Number groupItem = given().auth()
                .oauth2(national())
                .contentType(ContentType.JSON)
                .body(Map.of("code", itemCode, "textVi", "Mục thử", "sortOrder", 1))
                .when()
                .post(BASE + "/content-groups/" + group + "/items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        vars.put("group", group);
        vars.put("groupItem", groupItem.toString());
        vars.put("groupItemCode", itemCode);

        // plan: a PLANNED inspection of H99.X01 with a self-report
        String plan = plan("M" + run + "/KH-1");
        vars.put("plan", plan);
        vars.put("planNumber", "M" + run + "/KH-1");
        String planned = inspectionOf(plan);
        vars.put("planned", planned);
        Number item = given().auth()
                .oauth2(leader())
                .when()
                .get(BASE + "/" + planned + "/checklist")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'TTHC_MOT_CUA' }.items[0].itemId");
        vars.put("item", item.toString());
        given().auth()
                .oauth2(leader())
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "Báo cáo", "items", List.of(Map.of("itemId", item, "status", "DONE"))))
                .when()
                .put(BASE + "/" + planned + "/self-report")
                .then()
                .statusCode(200);

        vars.put("startable", inspectionOf(plan("M" + run + "/KH-2")));
        vars.put("cancellable", inspectionOf(plan("M" + run + "/KH-3")));

        // IN_PROGRESS with findings and a document
        String inProgress = started(inspectionOf(plan("M" + run + "/KH-4")));
        vars.put("inprogress", inProgress);
        vars.put("finding", finding(inProgress));
        vars.put("findingToDelete", finding(inProgress));
        vars.put(
                "document",
                given().auth()
                        .oauth2(inspector())
                        .multiPart("file", "bien-ban.pdf", samplePdf(), "application/pdf")
                        .when()
                        .post(BASE + "/" + inProgress + "/findings/" + vars.get("finding") + "/documents")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
        vars.put("endable", started(inspectionOf(plan("M" + run + "/KH-5"))));

        // ENDED (draft conclusion), ENDED with a complete draft to issue, CONCLUDED with remediation items
        String ended = ended(started(inspectionOf(plan("M" + run + "/KH-6"))));
        vars.put("ended", ended);
        String issuable = ended(started(inspectionOf(plan("M" + run + "/KH-7"))));
        draft(issuable);
        vars.put("issuable", issuable);
        String concludedPlan = plan("M" + run + "/KH-8");
        String concluded = ended(started(inspectionOf(concludedPlan)));
        draft(concluded);
        given().auth()
                .oauth2(inspector())
                .when()
                .post(BASE + "/" + concluded + "/conclusion/issue")
                .then()
                .statusCode(200);
        vars.put("concludedPlan", concludedPlan);
        vars.put("concluded", concluded);
        vars.put("remediation", remediation(concluded));
        String reported = remediation(concluded);
        report(concluded, reported);
        vars.put("remReported", reported);
        String toReturn = remediation(concluded);
        report(concluded, toReturn);
        vars.put("remReturn", toReturn);
        return vars;
    }

    static byte[] samplePdf() {
        try (var in = AccessFixtures.class.getResourceAsStream("/sample.pdf")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String plan(String number) {
        Map<String, Object> body = Map.of(
                "number",
                number,
                "planDate",
                "2026-01-15",
                "issuer",
                "Ủy ban nhân dân tỉnh Hòa An",
                "year",
                2026,
                "scope",
                "Kiểm tra công tác CCHC năm 2026",
                "contentGroups",
                List.of("CHI_DAO_DIEU_HANH", "TTHC_MOT_CUA"),
                "team",
                List.of(Map.of(
                        "name", "Nguyễn Văn Trưởng", "agency", "Sở Nội vụ", "role", "LEADER", "username", "member")),
                "inspections",
                List.of(Map.of("unitCode", "H99.X01", "scheduledFrom", "2026-03-02", "scheduledTo", "2026-03-03")));
        return given().auth()
                .oauth2(inspector())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String inspectionOf(String plan) {
        return given().auth()
                .oauth2(inspector())
                .when()
                .get(BASE + "/plans/" + plan)
                .then()
                .statusCode(200)
                .extract()
                .path("inspections[0].id");
    }

    static String started(String id) {
        given().auth()
                .oauth2(inspector())
                .queryParam("startedOn", "2026-03-02")
                .when()
                .post(BASE + "/" + id + "/start")
                .then()
                .statusCode(200);
        return id;
    }

    static String ended(String id) {
        given().auth()
                .oauth2(inspector())
                .contentType(ContentType.JSON)
                .body(Map.of("endedOn", "2026-03-03"))
                .when()
                .post(BASE + "/" + id + "/end")
                .then()
                .statusCode(200);
        return id;
    }

    static void draft(String id) {
        given().auth()
                .oauth2(inspector())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "number",
                        "01/TB-ĐKT",
                        "noticeDate",
                        "2026-03-20",
                        "signer",
                        "Nguyễn Văn Trưởng",
                        "signerTitle",
                        "Trưởng đoàn kiểm tra",
                        "strengths",
                        "Đã ban hành kế hoạch CCHC.",
                        "shortcomings",
                        "Còn hồ sơ trễ hẹn.",
                        "requests",
                        "Khắc phục trong 15 ngày."))
                .when()
                .put(BASE + "/" + id + "/conclusion")
                .then()
                .statusCode(200);
    }

    static String finding(String id) {
        return given().auth()
                .oauth2(inspector())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "WEAKNESS",
                        "groupCode",
                        "TTHC_MOT_CUA",
                        "text",
                        "Còn hồ sơ trễ hẹn " + UUID.randomUUID()))
                .when()
                .post(BASE + "/" + id + "/findings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String remediation(String id) {
        return given().auth()
                .oauth2(inspector())
                .contentType(ContentType.JSON)
                .body(Map.of("requirement", "Gửi thư xin lỗi đúng quy định", "deadline", "2026-05-15"))
                .when()
                .post(BASE + "/" + id + "/remediation")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void report(String id, String item) {
        given().auth()
                .oauth2(leader())
                .contentType(ContentType.JSON)
                .body(Map.of("report", "Đã khắc phục"))
                .when()
                .post(BASE + "/" + id + "/remediation/" + item + "/report")
                .then()
                .statusCode(200);
    }
}
