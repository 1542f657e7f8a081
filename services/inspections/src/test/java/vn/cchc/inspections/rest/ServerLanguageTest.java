package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/** ADR 0015: problem title and detail in the language of Accept-Language. */
@QuarkusTest
class ServerLanguageTest {

    final String inspector = TestTokens.token("inspector", "H99.SNV", "inspector");

    @Test
    void anUnknownPlanIsAnsweredInEnglishOrVietnamese() {
        UUID id = UUID.randomUUID();
        given().auth()
                .oauth2(inspector)
                .header("Accept-Language", "en")
                .when()
                .get("/api/v1/inspections/plans/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("plan " + id + " not found"));
        given().auth()
                .oauth2(inspector)
                .header("Accept-Language", "vi")
                .when()
                .get("/api/v1/inspections/plans/" + id)
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("không tìm thấy kế hoạch " + id));
    }

    @Test
    void withoutATokenTheTitleFollowsTheLanguage() {
        given().header("Accept-Language", "vi")
                .when()
                .get("/api/v1/inspections/plans/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .body("title", equalTo("Chưa xác thực"))
                .body("detail", equalTo("Cần một bearer token hợp lệ."));
    }
}
