package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;
import vn.cchc.shared.testing.TestTokens;

/**
 * Who may read the posting compliance reports: staff of a unit, inspectors, catalogue administrators and admins. A
 * citizen, an appraiser or a provincial system gets 403 on every endpoint (the resource's one {@code @RolesAllowed}
 * refuses them, and {@code AccessPolicy} would too), an anonymous caller 401. Where a caller who may read them may
 * look is {@code AccessPolicy}'s (PostingResourceTest, ProvinceScopeTest).
 */
@QuarkusTest
class ComplianceAccessTest {

    private static final List<String> ENDPOINTS = List.of(
            "/api/v1/procedures/compliance/H99",
            "/api/v1/procedures/compliance",
            "/api/v1/procedures/compliance/units",
            "/api/v1/procedures/compliance/H99/stale",
            "/api/v1/procedures/compliance/H99/missing",
            "/api/v1/procedures/compliance/H99/outdated");

    @Test
    void rolesOutsideTheGateAre403OnEveryEndpoint() {
        Fixtures.h99();
        for (String token : List.of(
                TestTokens.token("citizen-c1", null, "citizen"),
                TestTokens.token("appraiser-c1", "H99", "appraiser"),
                TestTokens.token("system-c1", "H99", "integration"))) {
            for (String path : ENDPOINTS) {
                given().auth().oauth2(token).when().get(path).then().statusCode(403);
            }
        }
    }

    @Test
    void anonymousIs401AndStaffPassTheGate() {
        Fixtures.h99();
        for (String path : ENDPOINTS) {
            given().when().get(path).then().statusCode(401);
        }
        // a role inside the gate passes it: the overview of its own province
        given().auth()
                .oauth2(TestTokens.token("inspector-c1", "H99", "inspector"))
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .body("unitCode", equalTo("H99"));
    }
}
