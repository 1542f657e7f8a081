package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.inspections.rest.AccessFixtures.BASE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;

/**
 * Idempotency-Key in a second service (docs/adr/0013-concurrency-and-idempotency.md): a finding posted twice with the
 * same key is recorded once and the retry gets the first 201; the same key with another text is 422.
 */
@QuarkusTest
class SafeRetriesTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        AccessFixtures.units(em);
        clock.set(AccessFixtures.NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Response post(String inspection, String key, String text) {
        return given().auth()
                .oauth2(AccessFixtures.inspector())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "WEAKNESS", "groupCode", "TTHC_MOT_CUA", "text", text))
                .when()
                .post(BASE + "/" + inspection + "/findings");
    }

    @Test
    void aFindingPostedTwiceWithTheSameKeyIsRecordedOnce() {
        String plan = AccessFixtures.plan("KH-" + UUID.randomUUID().toString().substring(0, 8));
        String inspection = AccessFixtures.started(AccessFixtures.inspectionOf(plan));
        String key = UUID.randomUUID().toString();
        String text = "Còn hồ sơ trễ hẹn chưa xin lỗi " + key;
        Response first = post(inspection, key, text);
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response again = post(inspection, key, text);
        again.then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first.path("id")));
        assertEquals(
                1L,
                ((Number) em.createNativeQuery("select count(*) from finding where text = :t")
                                .setParameter("t", text)
                                .getSingleResult())
                        .longValue());
        post(inspection, key, text + " (khác)")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
