package vn.cchc.parindex.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class CriteriaSetResourceTest {

    private static final String ADMIN = TestTokens.token("admin", "H99", "admin");
    private static final String LEADER = TestTokens.token("leader", "H99.X01", "leader");

    private static Map<String, Object> set(String code, int year) {
        return Map.of("code", code, "name", "Bộ tiêu chí cấp xã " + year, "year", year, "level", "COMMUNE",
                "province", "H99", "maxPoints", 100);
    }

    @Test
    void anAdminCreatesASetThatAuthenticatedUsersList() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(set("XA-2026", 2026))
                .when().post("/api/v1/par-index/criteria-sets")
                .then().statusCode(201).body("status", equalTo("DRAFT"), "name", equalTo("Bộ tiêu chí cấp xã 2026"));
        given().auth().oauth2(LEADER).queryParam("year", 2026).when().get("/api/v1/par-index/criteria-sets")
                .then().statusCode(200).body("items.code", hasItem("XA-2026"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(set("XA-2026", 2026))
                .when().post("/api/v1/par-index/criteria-sets")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputAndWrongRolesAreRefused() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(set("XA-1990", 1990))
                .when().post("/api/v1/par-index/criteria-sets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("year"), "violations[0].rule", equalTo("min"));
        given().auth().oauth2(LEADER).contentType(ContentType.JSON).body(set("XA-2027", 2027))
                .when().post("/api/v1/par-index/criteria-sets")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/par-index/criteria-sets").then().statusCode(401);
        given().auth().oauth2(LEADER).queryParam("year", 2027).when().get("/api/v1/par-index/criteria-sets")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
