package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * ADR 0015: the gateway's own problems (404, 401, 503 of a service that is down) answer in the language of
 * {@code Accept-Language} and name it ({@code Content-Language}, {@code Vary}). The test profile's default is English.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class ServerLanguageTest {

    @Test
    void anUnknownPathIsAnsweredInVietnameseOrEnglish() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8")
                .get("/api/v1/unknown-service/x")
                .then()
                .statusCode(404)
                .header("Content-Language", "vi")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có API ở đường dẫn này."));
        given().header("Accept-Language", "en")
                .get("/api/v1/unknown-service/x")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No API is served at this path."));
    }

    @Test
    void aMissingTokenAndADownServiceToo() {
        given().header("Accept-Language", "vi")
                .get("/api/v1/dossiers")
                .then()
                .statusCode(401)
                .body("title", equalTo("Chưa xác thực"))
                .body("detail", equalTo("Tài nguyên này cần một bearer access token."));
        givenToken(TestTokens.valid("appraiser-1"))
                .header("Accept-Language", "en;q=0.2, vi")
                .get("/api/v1/par-index/units/H01/scores")
                .then()
                .statusCode(503)
                .header("Content-Language", "vi")
                .body("title", equalTo("Dịch vụ tạm thời không sẵn sàng"))
                .body(
                        "detail",
                        equalTo("Dịch vụ 'par-index' tạm thời không truy cập được; vui lòng thử lại sau ít phút."));
    }
}
