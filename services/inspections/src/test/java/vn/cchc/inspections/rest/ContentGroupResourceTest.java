package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

@QuarkusTest
class ContentGroupResourceTest {

    @Test
    void inspectorsReadTheContentGroupsInOrderWithVietnameseNames() {
        given().auth()
                .oauth2(TestTokens.token("inspector", "H99.SNV", "inspector"))
                .queryParam("date", "2026-11-21")
                .when()
                .get("/api/v1/inspections/content-groups")
                .then()
                .statusCode(200)
                .body(
                        "$",
                        hasSize(8),
                        "[0].code",
                        equalTo("CHI_DAO_DIEU_HANH"),
                        "[2].nameVi",
                        equalTo("Cải cách thủ tục hành chính và cơ chế một cửa, một cửa liên thông"),
                        "[7].code",
                        equalTo("ISO_9001"));
    }

    @Test
    void groupsNotYetValidAreNotListed() {
        given().auth()
                .oauth2(TestTokens.token("inspector", "H99.SNV", "inspector"))
                .queryParam("date", "2020-06-01")
                .when()
                .get("/api/v1/inspections/content-groups")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void otherRolesAndBadDatesAreRefused() {
        given().when()
                .get("/api/v1/inspections/content-groups")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("citizen", null, "citizen"))
                .when()
                .get("/api/v1/inspections/content-groups")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("inspector", "H99.SNV", "inspector"))
                .queryParam("date", "21/11/2026")
                .when()
                .get("/api/v1/inspections/content-groups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("date"));
    }
}
