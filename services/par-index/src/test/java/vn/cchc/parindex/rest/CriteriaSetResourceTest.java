package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

@QuarkusTest
class CriteriaSetResourceTest {

    private static final String ADMIN = TestTokens.token("admin", "H99", "admin");
    private static final String LEADER = TestTokens.token("leader", "H99.X01", "leader");

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @BeforeEach
    void units() {
        Fixture.ensureUnits(codec, mapper, em, Map.of("H99", "/H99/", "H99.X01", "/H99/H99.X01/"));
    }

    private static Map<String, Object> set(String code, int year) {
        return Map.of(
                "code",
                code,
                "name",
                "Bộ tiêu chí cấp xã " + year,
                "year",
                year,
                "level",
                "COMMUNE",
                "province",
                "H99",
                "maxPoints",
                100);
    }

    @Test
    void anAdminCreatesADraftSetThatOnlyTheProvinceAdminsAndAppraisersList() {
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(set("XA-2026", 2026))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"), "name", equalTo("Bộ tiêu chí cấp xã 2026"));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("year", 2026)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("XA-2026"));
        given().auth()
                .oauth2(LEADER)
                .queryParam("year", 2026)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(hasItem("XA-2026")));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(set("XA-2026", 2026))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void badInputAndWrongRolesAreRefused() {
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(set("XA-1990", 1990))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("year"), "violations[0].rule", equalTo("min"));
        given().auth()
                .oauth2(LEADER)
                .contentType(ContentType.JSON)
                .body(set("XA-2027", 2027))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/par-index/criteria-sets").then().statusCode(401);
        given().auth()
                .oauth2(LEADER)
                .queryParam("year", 2027)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static Map<String, Object> withTree(String code, Object fields) {
        Map<String, Object> body = new HashMap<>(set(code, 2026));
        body.put("fields", fields);
        return body;
    }

    @Test
    void treesWhoseChildrenDoNotAddUpAreRefusedWithThePathAndNothingIsWritten() {
        List<Object> tree = new java.util.ArrayList<>(Fixture.tree());
        tree.set(1, Fixture.inner("2", 40, Fixture.leaf("2.1", 25, "SELF_APPRAISED", null, Map.of("type", "YES_NO"))));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(withTree("BAD-2026", tree))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("fields[1].maxPoints"), "violations.rule", hasItem("totals"));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .body("items.code", org.hamcrest.Matchers.not(hasItem("BAD-2026")));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(withTree(
                        "BAD2-2026",
                        List.of(Fixture.inner(
                                "1",
                                100,
                                Fixture.leaf("1.1", 100, "AUTOMATIC", "NOPE", Map.of("type", "QUANTITATIVE"))))))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItem("fields[0].children[0].indicatorKey"),
                        "violations.field",
                        hasItem("fields[0].children[0].rule.target"));
    }

    @Test
    void aSetRoundTripsThroughJsonAndExcelAndIsOnlyEditableAsDraft() {
        Number id = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(withTree("RT-2026", Fixture.tree()))
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(LEADER)
                .when()
                .get("/api/v1/par-index/criteria-sets/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/par-index/criteria-sets/" + id)
                .then()
                .statusCode(200)
                .body("leafCount", equalTo(8), "fields[0].children[1].children[1].rule.steps[1].share", equalTo(0.8f));
        String json = given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/par-index/criteria-sets/" + id + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String copy = json.replace("\"RT-2026\"", "\"RT-2026-JSON\"");
        Number jsonId = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(copy)
                .when()
                .post("/api/v1/par-index/criteria-sets/import")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        byte[] xlsx = given().auth()
                .oauth2(ADMIN)
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/par-index/criteria-sets/" + id + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Number xlsxId = given().auth()
                .oauth2(ADMIN)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(replaceCode(xlsx))
                .when()
                .post("/api/v1/par-index/criteria-sets/import")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Object original = given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/par-index/criteria-sets/" + id)
                .then()
                .extract()
                .path("fields");
        assertEquals(
                original,
                given().auth()
                        .oauth2(ADMIN)
                        .when()
                        .get("/api/v1/par-index/criteria-sets/" + jsonId)
                        .then()
                        .extract()
                        .path("fields"));
        assertEquals(
                original,
                given().auth()
                        .oauth2(ADMIN)
                        .when()
                        .get("/api/v1/par-index/criteria-sets/" + xlsxId)
                        .then()
                        .extract()
                        .path("fields"));

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"code\": 5")
                .when()
                .post("/api/v1/par-index/criteria-sets/import")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + id + "/retire")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("fields", Fixture.tree()))
                .when()
                .put("/api/v1/par-index/criteria-sets/" + id + "/tree")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + id + "/activate")
                .then()
                .statusCode(409);
    }

    /** Rewrites the set code in an exported workbook (read, then written again with another code). */
    private static byte[] replaceCode(byte[] xlsx) {
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var rows = wb.getFirstSheet().openStream();
                var out = new java.io.ByteArrayOutputStream()) {
            var list = rows.toList();
            try (var w = new org.dhatim.fastexcel.Workbook(out, "t", "1.0")) {
                var ws = w.newWorksheet("s");
                for (var r : list) {
                    for (int c = 0; c < r.getCellCount(); c++) {
                        if (r.getCell(c) == null) {
                            continue;
                        }
                        String text = r.getCellText(c);
                        ws.value(r.getRowNum() - 1, c, r.getRowNum() == 1 && c == 1 ? text + "-XLSX" : text);
                    }
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
