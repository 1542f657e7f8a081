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

    private static io.restassured.specification.RequestSpecification as(String token, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static Map<String, Object> finding(String text) {
        return Map.of("kind", "WEAKNESS", "groupCode", "TTHC_MOT_CUA", "text", text);
    }

    /**
     * ETag/If-Match on the inspection aggregate (ADR 0013): a write to any part of an inspection (here a finding)
     * makes a new revision of the inspection, so an editor holding the older tag cannot change or delete another
     * part unseen (412); a client outside the SPA's grace must send the tag (428); the SPA may omit it.
     */
    @Test
    void writesToAnInspectionOrAPlanNameTheRevisionTheyChange() {
        String plan = AccessFixtures.plan("KH-" + UUID.randomUUID().toString().substring(0, 8));
        String inspection = AccessFixtures.started(AccessFixtures.inspectionOf(plan));
        String f1 = AccessFixtures.finding(inspection);
        String f2 = AccessFixtures.finding(inspection);
        String mobile = vn.cchc.shared.testing.TestTokens.tokenWithClaims(
                "inspector", "H99.SNV", Map.of("azp", "cchc-mobile"), "inspector");
        String path = BASE + "/" + inspection;

        String first =
                as(mobile, null).get(path).then().statusCode(200).extract().header("ETag");
        as(mobile, null)
                .body(finding("Sửa không kèm If-Match"))
                .put(path + "/findings/" + f1)
                .then()
                .statusCode(428)
                .body("violations[0].field", equalTo("If-Match"));
        String second = as(mobile, first)
                .body(finding("Đã sửa nhận xét"))
                .put(path + "/findings/" + f1)
                .then()
                .statusCode(200)
                .body("text", equalTo("Đã sửa nhận xét"))
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        // the other editor still holds the first revision: neither another finding nor a deletion goes through
        as(mobile, first)
                .body(finding("Ghi đè"))
                .put(path + "/findings/" + f2)
                .then()
                .statusCode(412);
        as(mobile, first).delete(path + "/findings/" + f2).then().statusCode(412);
        as(mobile, null).get(path).then().header("ETag", equalTo(second));
        String third = as(mobile, second)
                .delete(path + "/findings/" + f2)
                .then()
                .statusCode(204)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(second, third);
        // the SPA's token (azp cchc-web) may omit If-Match (documented grace); a stale tag from it is still refused
        as(AccessFixtures.inspector(), null)
                .body(finding("Từ giao diện web"))
                .put(path + "/findings/" + f1)
                .then()
                .statusCode(200);
        as(AccessFixtures.inspector(), third)
                .body(finding("Thẻ cũ"))
                .put(path + "/findings/" + f1)
                .then()
                .statusCode(412);

        // a plan and its team: one revision
        String planPath = BASE + "/plans/" + plan;
        String p0 =
                as(mobile, null).get(planPath).then().statusCode(200).extract().header("ETag");
        var team = java.util.List.of(Map.of("name", "Trần Thị Trưởng", "agency", "Sở Nội vụ", "role", "LEADER"));
        as(mobile, null).body(team).put(planPath + "/team").then().statusCode(428);
        String p1 = as(mobile, p0)
                .body(team)
                .put(planPath + "/team")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(p0, p1);
        as(mobile, p0).body(team).put(planPath + "/team").then().statusCode(412);
    }
}
