package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * Lost updates on an assessment (issue 15 §5, ADR 0013): its GET and every criterion write carry the assessment's
 * revision as an ETag; a write naming an older revision is refused (412), a write without If-Match from a client
 * other than the SPA is refused (428), and the SPA's documented grace lets its token omit the header. An evidence
 * upload retried with its Idempotency-Key stores one document.
 */
@QuarkusTest
class SafeRetriesTest {

    static final String BASE = AssessmentWorkflowTest.BASE;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    static ValidatableResponse put(String token, long id, String code, String ifMatch, Object value) {
        var request = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(AssessmentWorkflowTest.self(value, List.of()));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(BASE + id + "/criteria/" + code + "/self").then();
    }

    @Test
    void aCriterionWriteNamesTheRevisionItChanges() {
        Fixture f = new Fixture("H63").units(codec, mapper, em).activeSet("H63-XA-2026", 2026);
        long id = f.startAssessment("H63.X1");
        // the same leader signed in through the mobile app: no grace
        String mobile = TestTokens.tokenWithClaims("leader-H63", "H63.X1", Map.of("azp", "cchc-mobile"), "leader");

        String first = given().auth()
                .oauth2(mobile)
                .when()
                .get(BASE + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        put(mobile, id, "1.1.2", null, 1)
                .statusCode(428)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-Match"));
        put(mobile, id, "1.1.2", "\"999\"", 1)
                .statusCode(412)
                .body("violations[0].field", equalTo("If-Match"), "violations[0].message", equalTo(first));
        put(mobile, id, "1.1.2", "W/" + first, 1).statusCode(412);

        var written = put(mobile, id, "1.1.2", first, 1).statusCode(200).extract();
        String second = written.header("ETag");
        float points = written.<Float>path("totals.selfPoints");
        org.junit.jupiter.api.Assertions.assertTrue(points > 0, "the yes counted: " + points);
        assertNotEquals(first, second, "a write makes a new revision");

        // a second editor who read the first revision cannot overwrite the change unseen
        put(mobile, id, "1.1.2", first, 0).statusCode(412);
        given().auth()
                .oauth2(mobile)
                .when()
                .get(BASE + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(second))
                .body("totals.selfPoints", equalTo(points));

        // the SPA (azp cchc-web) may still omit the header; a stale tag from it is refused like anyone's
        String spa =
                put(f.leader, id, "1.1.2", null, 0).statusCode(200).extract().header("ETag");
        assertNotEquals(second, spa);
        put(f.leader, id, "1.1.2", second, 1).statusCode(412);

        // a workflow step honours If-Match when sent
        given().auth()
                .oauth2(mobile)
                .header("If-Match", second)
                .contentType(ContentType.JSON)
                .when()
                .post(BASE + id + "/actions/submit")
                .then()
                .statusCode(412);
    }

    @Test
    void anEvidenceUploadRetriedWithItsKeyStoresOneDocument() {
        Fixture f = new Fixture("H64").units(codec, mapper, em).activeSet("H64-XA-2026", 2026);
        long id = f.startAssessment("H64.X1");
        String key = java.util.UUID.randomUUID().toString();
        byte[] pdf = "%PDF-1.4 báo cáo kết quả CCHC".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.function.Function<byte[], io.restassured.response.Response> upload = body -> given().auth()
                .oauth2(f.specialist)
                .header("Idempotency-Key", key)
                .contentType("application/pdf")
                .queryParam("filename", "Báo cáo.pdf")
                .body(body)
                .when()
                .post(BASE + id + "/evidence");
        var first = upload.apply(pdf);
        first.then().statusCode(201);
        upload.apply(pdf)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        upload.apply("%PDF-1.4 một tệp khác".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        given().auth()
                .oauth2(f.specialist)
                .when()
                .get(BASE + id + "/evidence")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
    }
}
