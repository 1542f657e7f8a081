package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/**
 * What the shared library answers before any resource runs, at a service's own port: an oversize body is a 413
 * problem (not a bare 413), control characters in the path or a query are a 400 naming the parameter, a missing JSON
 * body a 400 naming {@code body}.
 */
@QuarkusTest
class HttpLayerTest {

    final String officer = TestTokens.token("officer", "H99.X01", "officer");

    @Test
    void aDeclaredOversizeBodyIsA413Problem() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + officer
                            + "\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"field\":\"body\"") && answer.contains("\"rule\":\"maxSize\""), answer);
        }
    }

    @Test
    void aTooLongRequestTargetIsA414Problem() {
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers?q=" + "x".repeat(6000))
                .then()
                .statusCode(414)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("path"), "violations[0].rule", equalTo("maxLength"));
    }

    @Test
    void controlCharactersInTheQueryOrPathAreA400NamingTheParameter() {
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers?status=RECEIVED%0D%0ASet-Cookie:%20a=b")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("status"), "violations[0].rule", equalTo("noControlCharacter"));
        given().urlEncodingEnabled(false)
                .auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers/H99%00X")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("path"));
    }

    @Test
    void aMissingOrNullBodyIsA400NamingTheBody() {
        given().auth()
                .oauth2(officer)
                .contentType("application/json")
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("body"));
        given().auth()
                .oauth2(officer)
                .contentType("application/json")
                .body("null")
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("body"));
    }

    /** What the server sent until it closed the connection or went quiet for 3 s. */
    static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // the answer is complete or never came; the assertions tell
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
