package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** ADR 0015: problem title, detail and violation messages in the language of Accept-Language. */
@QuarkusTest
class ServerLanguageTest {

    @Test
    void anUnknownProcedureIsAnsweredInEnglishOrVietnamese() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/procedures/NO-SUCH-PROC/history")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No procedure NO-SUCH-PROC."));
        given().header("Accept-Language", "vi-VN,vi;q=0.9")
                .when()
                .get("/api/v1/procedures/NO-SUCH-PROC/history")
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có thủ tục hành chính NO-SUCH-PROC."));
    }

    @Test
    void pagingViolationsFollowTheLanguage() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/procedures?page=-1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be 0 or more"));
        given().header("Accept-Language", "vi")
                .when()
                .get("/api/v1/procedures?page=-1")
                .then()
                .statusCode(400)
                .header("Content-Language", "vi")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("violations[0].message", equalTo("phải từ 0 trở lên"));
    }
}
