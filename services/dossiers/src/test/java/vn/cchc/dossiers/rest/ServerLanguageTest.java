package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * ADR 0015: problems answer in the language of {@code Accept-Language} — the detail from the service's catalogue, the
 * title from the shared one, Bean Validation messages from the bundles — and say so ({@code Content-Language},
 * {@code Vary}). The test profile's default is English (the older tests read English); Vietnamese is the default
 * elsewhere (LanguagesTest, the e2e check).
 */
@QuarkusTest
class ServerLanguageTest {

    @Test
    void aTrackingMissIsAnsweredInEnglishOrVietnamese() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when()
                .get("/api/v1/dossiers/tracking/NO-SUCH-1?phone=1234")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No dossier with this code and phone number."));
        given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .when()
                .get("/api/v1/dossiers/tracking/NO-SUCH-2?phone=1234")
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có hồ sơ với mã và số điện thoại này."));
    }

    @Test
    void qValuesDecide() {
        given().header("Accept-Language", "en;q=0.3, vi;q=0.8")
                .when()
                .get("/api/v1/dossiers/tracking/NO-SUCH-3?phone=1234")
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("detail", equalTo("Không có hồ sơ với mã và số điện thoại này."));
    }

    @Test
    void beanValidationMessagesFollowTheLanguage() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/dossiers/tracking/X-1?phone=12")
                .then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("violations[0].field", equalTo("phone"))
                .body("violations[0].message", equalTo("the last 4 digits"));
        given().header("Accept-Language", "vi")
                .when()
                .get("/api/v1/dossiers/tracking/X-1?phone=12")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("violations[0].message", equalTo("4 chữ số cuối"))
                .body("detail", equalTo("phone: 4 chữ số cuối"));
        given().header("Accept-Language", "vi")
                .when()
                .get("/api/v1/dossiers/tracking/X-1")
                .then()
                .statusCode(400)
                .body("violations[0].message", equalTo("không được để trống (null)"));
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/dossiers/tracking/X-1")
                .then()
                .statusCode(400)
                .body("violations[0].message", equalTo("must not be null"));
    }
}
