package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.cchc.procedures.Fixtures.catalogueOf;
import static vn.cchc.procedures.Fixtures.create;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.decideAs;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * Server-side paging of the posting and compliance lists (issue 17 §6): the envelope {items, page, size, total},
 * a stable order (procedure code; unit path), first and last page, and a size above 100 refused with a 400 naming
 * {@code size} instead of a silently shorter page.
 */
@QuarkusTest
class PagingTest {

    String p;
    String point;
    String officer;
    String admin;
    String a;
    String b;
    String c;
    String d;

    @BeforeEach
    void province() {
        vn.cchc.procedures.Fixtures.h99();
        p = "G" + suffix();
        point = p + ".X1.MC";
        String field = "Lĩnh vực " + p;
        createUnit(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        createUnit(unit(p + ".X1", "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        createUnit(unit(point, "Bộ phận một cửa xã Một", "ONE_STOP", "COMMUNE", p + ".X1", true, List.of(field)));
        createUnit(unit(p + ".X2", "Xã Hai", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        createUnit(
                unit(p + ".X2.MC", "Bộ phận một cửa xã Hai", "ONE_STOP", "COMMUNE", p + ".X2", true, List.of(field)));
        officer = TestTokens.token("officer", p + ".X1", "officer");
        admin = TestTokens.token("admin", p, "admin");
        a = p + ".A";
        b = p + ".B";
        c = p + ".C";
        d = p + ".D";
        String catalogue = catalogueOf(p);
        for (String code : List.of(d, b, a, c)) {
            create(catalogue, procedure(code, "Thủ tục " + code, field, "COMMUNE"));
        }
        decideAs(
                        catalogue,
                        "1/QĐ-UBND",
                        "2025-06-01",
                        "2025-07-01",
                        a + ":PUBLISH",
                        b + ":PUBLISH",
                        c + ":PUBLISH",
                        d + ":PUBLISH")
                .then()
                .statusCode(201);
    }

    private void postAll(String... codes) {
        given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "items",
                        java.util.Arrays.stream(codes)
                                .map(x -> Map.of("procedureCode", x))
                                .toList()))
                .when()
                .put("/api/v1/procedures/postings/" + point)
                .then()
                .statusCode(200);
    }

    @Test
    void postingItemsPageByProcedureCode() {
        postAll(d, b, a, c);
        String url = "/api/v1/procedures/postings/" + point + "/items";
        given().queryParam("size", 3)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(a, b, c)))
                .body("page", equalTo(0))
                .body("size", equalTo(3))
                .body("total", equalTo(4));
        given().queryParam("page", 1)
                .queryParam("size", 3)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(d)))
                .body("items[0].version", equalTo(1))
                .body("total", equalTo(4));
        // the default page and the same order on a second call
        given().when()
                .get(url)
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("items.procedureCode", equalTo(List.of(a, b, c, d)));
        given().queryParam("page", 9)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()))
                .body("total", equalTo(4));
    }

    @Test
    void sizeOverTheMaximumIsA400NamingIt() {
        for (String url : List.of(
                "/api/v1/procedures/postings/" + point + "/items",
                "/api/v1/procedures/compliance/units",
                "/api/v1/procedures/compliance/" + point + "/missing")) {
            given().auth()
                    .oauth2(admin)
                    .header("Accept-Language", "en")
                    .queryParam("size", 101)
                    .when()
                    .get(url)
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("violations[0].field", equalTo("size"))
                    .body("violations[0].rule", equalTo("max"))
                    .body("violations[0].message", equalTo("must be at most 100"));
        }
        given().auth()
                .oauth2(admin)
                .header("Accept-Language", "vi")
                .queryParam("size", 0)
                .when()
                .get("/api/v1/procedures/compliance/units")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("phải từ 1 trở lên"));
    }

    @Test
    void complianceUnitsPageInTreeOrder() {
        postAll(a);
        String url = "/api/v1/procedures/compliance/units";
        given().auth()
                .oauth2(admin)
                .queryParam("unitCode", p)
                .queryParam("size", 1)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.unitCode", equalTo(List.of(point)))
                .body("items[0].posted", equalTo(1))
                .body("items[0].missing", equalTo(3))
                .body("total", equalTo(2));
        given().auth()
                .oauth2(admin)
                .queryParam("unitCode", p)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.unitCode", equalTo(List.of(p + ".X2.MC")))
                .body("items[0].missing", equalTo(4))
                .body("total", equalTo(2));
        // default scope: the admin's province
        given().auth().oauth2(admin).when().get(url).then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void complianceListsOfAUnitPageByProcedureCode() {
        postAll(a);
        String url = "/api/v1/procedures/compliance/" + point + "/missing";
        given().auth()
                .oauth2(officer)
                .queryParam("size", 2)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(b, c)))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(officer)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(d)))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/procedures/compliance/" + point + "/stale")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/procedures/compliance/" + point + "/outdated")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }
}
