package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/** ADR 0015: problem title, detail and violation messages in the language of Accept-Language. */
@QuarkusTest
class ServerLanguageTest {

    final String admin = TestTokens.token("admin", "H99", "admin");

    @Test
    void anUnknownCriteriaSetIsAnsweredInEnglishOrVietnamese() {
        given().auth()
                .oauth2(admin)
                .header("Accept-Language", "en")
                .when()
                .get("/api/v1/par-index/criteria-sets/987654")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No criteria set 987654."));
        given().auth()
                .oauth2(admin)
                .header("Accept-Language", "vi")
                .when()
                .get("/api/v1/par-index/criteria-sets/987654")
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có bộ tiêu chí 987654."));
    }

    @Test
    void pagingViolationsFollowTheLanguage() {
        given().auth()
                .oauth2(admin)
                .header("Accept-Language", "vi")
                .when()
                .get("/api/v1/par-index/criteria-sets?size=0")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("phải từ 1 trở lên"));
    }
}
