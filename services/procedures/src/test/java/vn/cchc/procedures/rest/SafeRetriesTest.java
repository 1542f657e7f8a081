package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.cchc.procedures.Fixtures.CATALOGUE;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;

/**
 * Safe retries (docs/adr/0013-concurrency-and-idempotency.md): the draft is written only with the If-Match of its
 * current ETag (none 428, stale 412, a race between two writers with the same tag lets exactly one through); creating a
 * procedure with an Idempotency-Key twice creates one and replays the first answer; another body under the key is 422.
 */
@QuarkusTest
class SafeRetriesTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void province() {
        Fixtures.h99();
    }

    private static Response put(String code, Map<String, Object> body, String ifMatch) {
        var request =
                given().auth().oauth2(CATALOGUE).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/procedures/" + code + "/draft");
    }

    private static String draftEtag(String code) {
        return given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + code + "/draft")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .extract()
                .header("ETag");
    }

    @Test
    void theDraftIsWrittenOnlyWithTheCurrentEtag() {
        String code = "1." + suffix() + ".H99";
        Fixtures.create(procedure(code, "Đăng ký kết hôn", "Hộ tịch"));
        String first = draftEtag(code);

        // no precondition: 428 naming the header and the current tag; nothing written
        put(code, procedure(code, "Không có If-Match", "Hộ tịch"), null)
                .then()
                .statusCode(428)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("If-Match"), "detail", containsString(first));

        // with the tag just read: written, and the answer carries the new tag
        String second = put(code, procedure(code, "Đăng ký kết hôn (sửa 1)", "Hộ tịch"), first)
                .then()
                .statusCode(200)
                .body("name", equalTo("Đăng ký kết hôn (sửa 1)"))
                .extract()
                .header("ETag");
        assertNotEquals(first, second);
        assertEquals(second, draftEtag(code));

        // a second writer still holding the first tag: 412 naming the current tag; the first edit stays
        put(code, procedure(code, "Đăng ký kết hôn (ghi đè)", "Hộ tịch"), first)
                .then()
                .statusCode(412)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("precondition-failed"), "detail", containsString(second));
        // a weak tag never matches (If-Match compares strongly); a list containing the current tag does
        put(code, procedure(code, "Yếu", "Hộ tịch"), "W/" + second).then().statusCode(412);
        put(code, procedure(code, "Đăng ký kết hôn (sửa 2)", "Hộ tịch"), "\"999999\", " + second)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + code + "/draft")
                .then()
                .body("name", equalTo("Đăng ký kết hôn (sửa 2)"));
    }

    @Test
    void twoWritersWithTheSameEtagRacingLetExactlyOneThrough() throws Exception {
        String code = "1." + suffix() + ".H99";
        Fixtures.create(procedure(code, "Chứng thực bản sao", "Chứng thực"));
        String etag = draftEtag(code);
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String name = "Chứng thực bản sao (người sửa " + i + ")";
                Callable<Integer> write = () -> {
                    start.await();
                    return put(code, procedure(code, name, "Chứng thực"), etag).statusCode();
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            int ok = 0;
            for (Future<Integer> r : results) {
                int status = r.get();
                if (status == 200) {
                    ok++;
                } else {
                    // lost the check (412) or the conditional update at flush (409 concurrent-change)
                    assertEquals(true, status == 412 || status == 409, "unexpected status " + status);
                }
            }
            assertEquals(1, ok, "exactly one writer holding the same ETag may win");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void creatingTwiceWithTheSameKeyCreatesOneAndReplaysTheAnswer() {
        String code = "1." + suffix() + ".H99";
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = procedure(code, "Cấp giấy phép xây dựng", "Xây dựng");
        Response first = given().auth()
                .oauth2(CATALOGUE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures");
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response again = given().auth()
                .oauth2(CATALOGUE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures");
        again.then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("code", equalTo(code), "name", equalTo("Cấp giấy phép xây dựng"));
        assertEquals(
                first.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the replay is the first answer's body");
        assertEquals(
                1L,
                ((Number) em.createNativeQuery("select count(*) from procedure where code = :c")
                                .setParameter("c", code)
                                .getSingleResult())
                        .longValue());

        // the same key with another body: 422 naming the header
        given().auth()
                .oauth2(CATALOGUE)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(procedure("1." + suffix() + ".H99", "Khác", "Xây dựng"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        // without a key, a retry is the old 409 (already exists)
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(409);
        // a key that is not printable ASCII or too long: 400 naming the header
        given().auth()
                .oauth2(CATALOGUE)
                .header("Idempotency-Key", "x".repeat(201))
                .contentType(ContentType.JSON)
                .body(procedure("1." + suffix() + ".H99", "Dài", "Xây dựng"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    /** Units and the unit import are creates too: a retry with the key replays, another body is 422. */
    @Test
    void aUnitCreatedTwiceWithTheSameKeyExistsOnce() {
        String province = "T" + suffix();
        Fixtures.createUnit(Fixtures.unit(province, "Tỉnh thử", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        String admin = Fixtures.adminOf(province);
        String key = UUID.randomUUID().toString();
        Map<String, Object> commune =
                Fixtures.unit(province + ".X9", "Xã Chín", "ADMINISTRATION", "COMMUNE", province, false, List.of());
        Response first = given().auth()
                .oauth2(admin)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(commune)
                .when()
                .post("/api/v1/procedures/units");
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        // without the key the same body is refused (the unit exists); with it, the first 201 comes back
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(commune)
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(commune)
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", equalTo(first.header("Location")));
        Map<String, Object> other = new java.util.HashMap<>(commune);
        other.put("name", "Xã Khác");
        given().auth()
                .oauth2(admin)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(other)
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(
                1L,
                ((Number) em.createNativeQuery("select count(*) from admin_unit where code = :c")
                                .setParameter("c", province + ".X9")
                                .getSingleResult())
                        .longValue());
    }
}
