package vn.cchc.dossiers;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** The two calls most tests make: receive a dossier, and take an action on one; both expect success. */
public final class DossierCalls {

    private DossierCalls() {}

    /** POST /api/v1/dossiers as {@code token}; 201; the new dossier's code. */
    public static String receive(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    /** POST /api/v1/dossiers/{code}/actions/{action} as {@code token}; 200. */
    public static void act(String token, String code, String action, Map<String, Object> body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/" + action)
                .then()
                .statusCode(200);
    }
}
