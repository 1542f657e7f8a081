package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.idempotency.IdempotencyKeys;
import vn.cchc.shared.idempotency.IdempotencyPurge;

/**
 * Safe retries on dossier intake (docs/adr/0013-concurrency-and-idempotency.md): POST /dossiers twice with the same
 * Idempotency-Key creates one dossier and answers the second time exactly as the first; another body under the same
 * key is 422; a retry while the first request still holds the key is 409 with Retry-After; expired keys are purged.
 * The dossier page carries an ETag; an action sent with a stale If-Match is 412 and changes nothing.
 */
@QuarkusTest
class SafeRetriesTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyPurge purge;

    private static Map<String, Object> intake(Province p, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", name, "phone", "0987654321"));
        return body;
    }

    private static Response receive(Province p, String key, Map<String, Object> body) {
        var request =
                given().auth().oauth2(p.officer).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/dossiers");
    }

    private long dossiersOf(Province p, String applicant) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from dossier where receiving_unit_code = :u and applicant_name = :n")
                        .setParameter("u", p.code + ".X1.MC")
                        .setParameter("n", applicant)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void intakeTwiceWithTheSameKeyCreatesOneDossierAndTheSameAnswer() {
        Province p = Province.create(codec, mapper, em);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = intake(p, "Nguyễn Thị Hoa");
        Response first = receive(p, key, body);
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response again = receive(p, key, body);
        again.then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .contentType(containsString("application/json"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the replay is the first body");
        assertEquals(1, dossiersOf(p, "Nguyễn Thị Hoa"));

        // same key, other body: 422 naming the header, nothing created
        receive(p, key, intake(p, "Trần Văn Khác"))
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, dossiersOf(p, "Trần Văn Khác"));

        // the key belongs to its caller: another officer's same key is a new request
        given().auth()
                .oauth2(p.otherOfficer)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X2.MC",
                        "channel",
                        "DIRECT",
                        "applicant",
                        Map.of("name", "Nguyễn Thị Hoa", "phone", "0987654321")))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue());

        // without a key, a retry is a second dossier (what the key is for)
        receive(p, null, body).then().statusCode(201);
        assertEquals(2, dossiersOf(p, "Nguyễn Thị Hoa"));
    }

    @Test
    void aFailedRequestStoresNothingAndMayBeRetriedWithItsKey() {
        Province p = Province.create(codec, mapper, em);
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = intake(p, "Lê Văn Sai");
        bad.put("procedureCode", "NO.SUCH");
        receive(p, key, bad).then().statusCode(400);
        // the 400 was not stored: the same key with the corrected body is a new request, not a 422
        receive(p, key, intake(p, "Lê Văn Sai")).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertEquals(1, dossiersOf(p, "Lê Văn Sai"));
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIs409WithRetryAfter() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String key = UUID.randomUUID().toString();
        // hold the key's lock as the first request does for its whole transaction
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, IdempotencyKeys.KEY_LOCK_CLASS);
                lock.setString(2, IdempotencyKeys.lockName("user:officer-" + p.code, key));
                lock.execute();
            }
            receive(p, key, intake(p, "Phạm Thị Chờ"))
                    .then()
                    .statusCode(409)
                    .header("Retry-After", matchesPattern("[1-9]\\d*"))
                    .body("type", containsString("idempotency-key-in-progress"));
            first.rollback();
        }
        assertEquals(0, dossiersOf(p, "Phạm Thị Chờ"));
        receive(p, key, intake(p, "Phạm Thị Chờ")).then().statusCode(201);
    }

    @Test
    void expiredKeysArePurgedAndThenFree() {
        Province p = Province.create(codec, mapper, em);
        String key = UUID.randomUUID().toString();
        receive(p, key, intake(p, "Đỗ Văn Cũ")).then().statusCode(201);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update idempotency_key set expires_at = :t where key = :k")
                        .setParameter("t", OffsetDateTime.now().minus(Duration.ofMinutes(1)))
                        .setParameter("k", key)
                        .executeUpdate());
        assertEquals(true, purge.purge() >= 1);
        assertEquals(
                0L,
                ((Number) em.createNativeQuery("select count(*) from idempotency_key where key = :k")
                                .setParameter("k", key)
                                .getSingleResult())
                        .longValue());
        // an expired key is a new request
        receive(p, key, intake(p, "Đỗ Văn Cũ")).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertEquals(2, dossiersOf(p, "Đỗ Văn Cũ"));
    }

    @Test
    void anActionWithAStaleIfMatchIs412AndChangesNothing() {
        Province p = Province.create(codec, mapper, em);
        String code = receive(p, null, intake(p, "Hoàng Văn Đồng"))
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String etag = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(p.officer)
                .header("If-Match", "\"987654\"")
                .contentType(ContentType.JSON)
                .body(Map.of("note", "bắt đầu xử lý"))
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/start")
                .then()
                .statusCode(412)
                .body("detail", containsString(etag));
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .header("ETag", etag)
                .body("status", equalTo("RECEIVED"));
        // with the current tag the action runs and answers the new tag
        String after = given().auth()
                .oauth2(p.officer)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("note", "bắt đầu xử lý"))
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("PROCESSING"))
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, after);
    }

    /** A calendar decision recorded twice with its key is one entry; the retry gets the first 201. */
    @Test
    void aCalendarEntryRecordedTwiceWithTheSameKeyIsOneEntry() {
        Province p = Province.create(codec, mapper, em);
        String admin = vn.cchc.shared.testing.TestTokens.token("admin-" + p.code, p.code, "admin");
        String key = UUID.randomUUID().toString();
        Map<String, Object> entry = Map.of("date", "2032-12-29", "kind", "HOLIDAY", "note", "Quyết định nghỉ thử");
        java.util.function.Function<Map<String, Object>, Response> add = body -> given().auth()
                .oauth2(admin)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/calendar/2032/entries");
        add.apply(entry).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        add.apply(entry).then().statusCode(201).header("Idempotency-Replayed", "true");
        add.apply(Map.of("date", "2032-12-30", "kind", "HOLIDAY", "note", "Ngày khác"))
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(
                1L,
                ((Number) em.createNativeQuery(
                                        "select count(*) from calendar_entry where province_code = :p and day >= '2032-12-29'")
                                .setParameter("p", p.code)
                                .getSingleResult())
                        .longValue());
    }
}
