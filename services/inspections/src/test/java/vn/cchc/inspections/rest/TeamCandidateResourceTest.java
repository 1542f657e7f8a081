package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * GET /team-candidates through REST, the user directory being StubUserDirectory (Keycloak's admin API is not
 * reachable inside the Maven tests): the inspector's province only, search without diacritics, paging envelope,
 * bounds named in a 400.
 */
@QuarkusTest
class TeamCandidateResourceTest {

    private static final String URL = "/api/v1/inspections/team-candidates";

    @Inject
    EntityManager em;

    @BeforeEach
    void units() {
        AccessFixtures.units(em);
    }

    @Test
    void accountsOfTheInspectorsProvinceByName() {
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .get(URL)
                .then()
                .statusCode(200)
                .body("items.username", contains("inspector", "member", "officer"))
                .body("items.name", contains("Lê Minh", "Nguyễn Văn Trưởng", "Phạm Thị Hoa"))
                .body("items[2].unitCode", equalTo("H99.X01"))
                .body("items[2].unitName", equalTo("Xã An Phú"))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(TestTokens.token("inspector.other", "H98.SNV", "inspector"))
                .get(URL)
                .then()
                .statusCode(200)
                .body("items.username", contains("leader.other"));
    }

    @Test
    void searchWithoutDiacritics() {
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .queryParam("q", "nguyen truong")
                .get(URL)
                .then()
                .statusCode(200)
                .body("items.username", contains("member"))
                .body("total", equalTo(1));
    }

    @Test
    void pagesAndBounds() {
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get(URL)
                .then()
                .statusCode(200)
                .body("items.username", contains("officer"))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .queryParam("size", 51)
                .get(URL)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].rule", equalTo("range"));
        given().auth()
                .oauth2(AccessFixtures.inspector())
                .queryParam("q", "x".repeat(101))
                .get(URL)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void onlyInspectors() {
        given().auth()
                .oauth2(TestTokens.token("officer", "H99.X01", "officer"))
                .get(URL)
                .then()
                .statusCode(403);
        given().get(URL).then().statusCode(401);
    }
}
