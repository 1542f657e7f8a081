package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

@QuarkusTest
class ProcedureResourceTest {

    private static final String CATALOGUE = TestTokens.token("catalogue", "H99.SNV", "catalogue-admin");
    private static final String OFFICER = TestTokens.token("officer", "H99.X01", "officer");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @org.junit.jupiter.api.BeforeEach
    void province() {
        vn.cchc.procedures.Fixtures.h99();
    }

    static String newCode() {
        return "1." + ThreadLocalRandom.current().nextInt(100000, 999999) + ".H99";
    }

    static Map<String, Object> body(String code, String name) {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "field",
                "Hộ tịch",
                "level",
                "COMMUNE",
                "processingTime",
                Map.of("value", 3, "unit", "WORKING_DAYS"));
    }

    static Map<String, Object> decision() {
        return Map.of("decisionNumber", "123/QĐ-UBND", "decisionDate", "2026-11-01", "effectiveDate", "2026-11-15");
    }

    @Test
    void catalogueAdminCreatesAndPublishesAProcedureAndTheEventReachesKafka() throws Exception {
        String code = newCode();
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(body(code, "Đăng ký khai sinh"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/procedures/" + code))
                .body("state", equalTo("DRAFT"), "name", equalTo("Đăng ký khai sinh"));

        // A draft is not public.
        given().when().get("/api/v1/procedures/" + code).then().statusCode(404).contentType("application/problem+json");

        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(decision())
                .when()
                .post("/api/v1/procedures/" + code + "/publication")
                .then()
                .statusCode(200)
                .body(
                        "state",
                        equalTo("IN_FORCE"),
                        "version",
                        equalTo(1),
                        "levels",
                        equalTo(List.of("COMMUNE")),
                        "channels",
                        equalTo(List.of("DIRECT")),
                        "processingTime.value",
                        equalTo(3.0f),
                        "processingTime.unit",
                        equalTo("WORKING_DAYS"));

        JsonNode event = awaitEvent(code);
        assertEquals("ProcedurePublished", event.get("type").asText());
        assertEquals(1, event.get("schemaversion").asInt());
        assertEquals("/cchc/procedures", event.get("source").asText());
        assertEquals("Đăng ký khai sinh", event.at("/data/name").asText());
        assertEquals("WORKING_DAYS", event.at("/data/processingTime/unit").asText());
        assertEquals(3, event.at("/data/processingTime/value").asInt());
        assertEquals("123/QĐ-UBND", event.at("/data/decision/number").asText());
        assertEquals(1, event.at("/data/version").asInt());
        assertEquals(1, event.at("/data/sequence").asInt());
        assertEquals("2026-11-15", event.at("/data/validFrom").asText());
        assertEquals("PUBLISH", event.at("/data/decision/action").asText());

        // Public reading (on and after the effective date) and diacritics-insensitive search.
        given().queryParam("asOf", "2026-11-15")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("field", equalTo("Hộ tịch"));
        given().queryParam("asOf", "2026-11-14")
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(404);
        given().queryParam("q", "dang ky KHAI sinh " + code.toLowerCase())
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("total", equalTo(1), "items.code", hasItem(code));
    }

    @Test
    void publishingTwiceIsAConflictAndWritesNoSecondEvent() {
        String code = newCode();
        create(code);
        publish(code).then().statusCode(200);
        publish(code)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409), "detail", containsString("already published"));
        assertEquals(1L, outboxRows(code));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = newCode();
        create(code);
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(body(code, "Khác"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void concurrentCreatesOfOneCodeGiveOneProcedureAndConflictsNeverAServerError() throws Exception {
        String code = newCode();
        int requests = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(CATALOGUE)
                            .contentType(ContentType.JSON)
                            .body(body(code, "Đồng thời"))
                            .when()
                            .post("/api/v1/procedures")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new java.util.ArrayList<>();
            for (var status : statuses) {
                codes.add(status.get());
            }
            assertEquals(1, codes.stream().filter(s -> s == 201).count(), codes.toString());
            assertEquals(requests - 1, codes.stream().filter(s -> s == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, procedureRows(code));
    }

    @Test
    void badInputNamesTheFieldAndTheRuleAndWritesNothing() {
        String code = newCode();
        Map<String, Object> missingName = Map.of(
                "code",
                code,
                "field",
                "Hộ tịch",
                "level",
                "COMMUNE",
                "processingTime",
                Map.of("value", 0, "unit", "WORKING_DAYS"));
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(missingName)
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItem("name"),
                        "violations.field",
                        hasItem("processingTime.value"),
                        "violations.find { it.field == 'name' }.rule",
                        equalTo("notBlank"));

        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "X",
                        "field",
                        "Hộ tịch",
                        "level",
                        "COMMUNE",
                        "processingTime",
                        Map.of("value", 3, "unit", "WEEKS")))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("processingTime.unit"));

        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        given().queryParam("size", 0)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"));

        given().when().get("/api/v1/procedures/" + code).then().statusCode(404);
        assertEquals(0L, procedureRows(code));
    }

    @Test
    void anInvalidDecisionWritesNothing() {
        String code = newCode();
        create(code);
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "decisionNumber", "9/QĐ-UBND", "decisionDate", "2026-11-10", "effectiveDate", "2026-11-01"))
                .when()
                .post("/api/v1/procedures/" + code + "/publication")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("effectiveDate"));
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"));
        assertEquals(0L, outboxRows(code));
        publishUnknown().then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesNeedAValidTokenWithTheRightRole() {
        String code = newCode();
        given().contentType(ContentType.JSON)
                .body(body(code, "X"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body(body(code, "X"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.forgedToken("catalogue", "catalogue-admin"))
                .contentType(ContentType.JSON)
                .body(body(code, "X"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.expiredToken("catalogue", "catalogue-admin"))
                .contentType(ContentType.JSON)
                .body(body(code, "X"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(401);
        assertEquals(0L, procedureRows(code));
    }

    @Test
    void pagingIsCappedAndCounted() {
        given().queryParam("size", 1000)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("size", equalTo(100), "page", equalTo(0));
    }

    @Test
    void openApiIsServedUnderTheServicePrefix() {
        given().accept("application/json")
                .when()
                .get("/api/v1/procedures/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("CCHC procedures API"));
    }

    private void create(String code) {
        given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(body(code, "Chứng thực bản sao"))
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(201);
    }

    private io.restassured.response.Response publish(String code) {
        return given().auth()
                .oauth2(CATALOGUE)
                .contentType(ContentType.JSON)
                .body(decision())
                .when()
                .post("/api/v1/procedures/" + code + "/publication");
    }

    private io.restassured.response.Response publishUnknown() {
        return publish("9.999999.NONE");
    }

    private long procedureRows(String code) {
        return ((Number) em.createNativeQuery("select count(*) from procedure where code = :c")
                        .setParameter("c", code)
                        .getSingleResult())
                .longValue();
    }

    private long outboxRows(String code) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where event_key = :c")
                        .setParameter("c", code)
                        .getSingleResult())
                .longValue();
    }

    private JsonNode awaitEvent(String code) throws Exception {
        ConsumerRecord<String, String> record =
                KafkaTestResource.awaitRecord(Topics.PROCEDURES, r -> code.equals(r.key()), Duration.ofSeconds(20));
        assertNotNull(record.headers().lastHeader("ce_id"));
        JsonNode event = json.readTree(record.value());
        assertEquals(code, event.get("subject").asText());
        return event;
    }
}
