package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.domain.WebhookSignature;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * Webhooks end to end inside the service (issue 15 §8, docs/api/webhooks.md): real PostgreSQL and Kafka; a dossier
 * received through the API goes out as an event on cchc.dossiers.v1, comes back through the webhook consumer and is
 * POSTed by the sender to a JDK HTTP server on 127.0.0.1 (private targets are allowed in the test profile), which
 * verifies every Standard Webhooks signature with the secret returned at subscription.
 */
@QuarkusTest
class WebhooksTest {

    private static final String BASE = "/api/v1/dossiers/webhooks";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver got: path, headers, body, and whether the signature verified. */
    record Received(String path, String id, String timestamp, String signature, byte[] body) {}

    private static HttpServer receiver;
    private static final List<Received> received = new CopyOnWriteArrayList<>();
    /** Per path: the statuses to answer in turn (the last one repeats); default 204. */
    private static final Map<String, List<Integer>> script = new ConcurrentHashMap<>();

    private static final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            var h = exchange.getRequestHeaders();
            received.add(new Received(
                    path,
                    h.getFirst("webhook-id"),
                    h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"),
                    body));
            List<Integer> statuses = script.getOrDefault(path, List.of(204));
            int n = calls.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
            int status = statuses.get(Math.min(n, statuses.size() - 1));
            exchange.sendResponseHeaders(status, status == 204 ? -1 : 2);
            if (status != 204) {
                exchange.getResponseBody().write("ok".getBytes());
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static String integration(Province p) {
        return TestTokens.token("integration-" + p.code, p.code, "integration");
    }

    private static Response subscribe(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE);
    }

    private static Map<String, Object> subscription(String url, String unitCode, String... types) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", List.of(types));
        body.put("unitCode", unitCode);
        return body;
    }

    private static String receiveDossier(Province p) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", "Lê Thị Webhook", "phone", "0987654321"));
        return DossierCalls.receive(p.officer, body);
    }

    private static void assertSigned(String secret, Received r) throws IOException {
        assertTrue(
                WebhookSignature.verify(secret, r.id(), Long.parseLong(r.timestamp()), r.body(), r.signature()),
                "signature verifies with the subscription's secret");
        JsonNode event = JSON.readTree(r.body());
        assertEquals(r.id(), event.path("id").asText(), "webhook-id is the event id");
        assertTrue(
                Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(r.timestamp())) < 120,
                "webhook-timestamp is now");
    }

    @Test
    void aDossierReachesTheSubscribedReceiverOnceSignedAndCanBeRedelivered() throws Exception {
        Province p = Province.create(codec, mapper, em);
        Province other = Province.create(codec, mapper, em);
        String token = integration(p);
        String path = "/ok-" + p.code;

        Response created = subscribe(
                token, subscription(url(path), p.code, "DossierReceived", "DossierResolved", "DossierReceived"));
        created.then()
                .statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("secret", startsWith("whsec_"))
                .body("unitCode", equalTo(p.code))
                .body("eventTypes.size()", equalTo(2));
        String id = created.path("id");
        String secret = created.path("secret");
        // the secret is shown once: never in a read
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/" + id)
                .then()
                .statusCode(200)
                .body("secret", equalTo(null));
        // a subscription elsewhere: the other province's dossiers never reach this receiver
        String otherPath = "/other-" + other.code;
        String otherId = subscribe(integration(other), subscription(url(otherPath), other.code, "DossierReceived"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String code = receiveDossier(p);
        await().atMost(Duration.ofSeconds(60)).until(() -> at(path).size() >= 1);
        Thread.sleep(3000); // anything duplicated would have arrived by now (the sender runs every second)
        List<Received> got = at(path);
        assertEquals(1, got.size(), "exactly one delivery");
        assertSigned(secret, got.get(0));
        JsonNode event = JSON.readTree(got.get(0).body());
        assertEquals("DossierReceived", event.path("type").asText());
        assertEquals(code, event.path("subject").asText());
        assertEquals(code, event.path("data").path("code").asText());
        assertFalse(event.has("traceparent"), "no internal trace context leaves the service");
        assertEquals(0, at(otherPath).size(), "another province's subscription gets nothing of this province");

        Response deliveries = given().auth().oauth2(token).when().get(BASE + "/" + id + "/deliveries");
        deliveries
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].eventId", equalTo(got.get(0).id()))
                .body("items[0].subject", equalTo(code))
                .body("items[0].attemptCount", equalTo(1))
                .body("items[0].attempts[0].statusCode", equalTo(204));
        String deliveryId = deliveries.path("items[0].id");

        // another province's integration client: 404 on every operation, and its list does not show it
        String stranger = integration(other);
        given().auth().oauth2(stranger).when().get(BASE + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .get(BASE + "/" + id + "/deliveries")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .post(BASE + "/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(404);
        given().auth().oauth2(stranger).when().delete(BASE + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)))
                .body("items.id", org.hamcrest.Matchers.hasItem(otherId));

        // redeliver: the same event again (same webhook-id), freshly signed
        given().auth()
                .oauth2(token)
                .when()
                .post(BASE + "/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30)).until(() -> at(path).size() >= 2);
        Received again = at(path).get(1);
        assertEquals(got.get(0).id(), again.id());
        assertSigned(secret, again);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().auth()
                        .oauth2(token)
                        .when()
                        .get(BASE + "/" + id + "/deliveries")
                        .then()
                        .extract()
                        .path("items[0].attemptCount")
                        .equals(2));

        // rotation: a new secret signs from now on
        String rotated = given().auth()
                .oauth2(token)
                .when()
                .post(BASE + "/" + id + "/secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertFalse(rotated.equals(secret));
        given().auth()
                .oauth2(token)
                .when()
                .post(BASE + "/" + id + "/deliveries/" + deliveryId + "/redeliver")
                .then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> at(path).size() >= 3);
        Received third = at(path).get(2);
        assertTrue(WebhookSignature.verify(
                rotated, third.id(), Long.parseLong(third.timestamp()), third.body(), third.signature()));
        assertFalse(WebhookSignature.verify(
                secret, third.id(), Long.parseLong(third.timestamp()), third.body(), third.signature()));

        given().auth().oauth2(token).when().delete(BASE + "/" + id).then().statusCode(204);
        given().auth().oauth2(token).when().get(BASE + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/" + id + "/deliveries")
                .then()
                .statusCode(404);
        // a retried DELETE is 204 again; to another province it stays 404; the deliveries are gone
        given().auth().oauth2(token).when().delete(BASE + "/" + id).then().statusCode(204);
        given().auth().oauth2(stranger).when().delete(BASE + "/" + id).then().statusCode(404);
        assertEquals(
                0, Province.count(em, "select count(*) from webhook_delivery where subscription_id = '" + id + "'"));
        given().auth()
                .oauth2(integration(other))
                .when()
                .delete(BASE + "/" + otherId)
                .then()
                .statusCode(204);
    }

    @Test
    void aReceiverThatFailsIsRetriedAndEveryAttemptIsListed() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String token = integration(p);
        String path = "/flaky-" + p.code;
        script.put(path, List.of(500, 200));
        Response created = subscribe(token, subscription(url(path), p.code + ".X1", "DossierReceived"));
        created.then().statusCode(201);
        String id = created.path("id");
        String secret = created.path("secret");

        receiveDossier(p);
        await().atMost(Duration.ofSeconds(60)).until(() -> at(path).size() >= 2);
        List<Received> got = at(path);
        assertEquals(got.get(0).id(), got.get(1).id(), "a retry carries the same webhook-id");
        assertSigned(secret, got.get(0));
        assertSigned(secret, got.get(1));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "DELIVERED"
                        .equals(given().auth()
                                .oauth2(token)
                                .when()
                                .get(BASE + "/" + id + "/deliveries")
                                .then()
                                .extract()
                                .path("items[0].status")));
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].attemptCount", equalTo(2))
                .body("items[0].attempts.size()", equalTo(2))
                .body("items[0].attempts[0].statusCode", equalTo(200))
                .body("items[0].attempts[1].statusCode", equalTo(500));
        Thread.sleep(2500);
        assertEquals(2, at(path).size(), "no attempt after the 2xx");
        given().auth().oauth2(token).when().delete(BASE + "/" + id).then().statusCode(204);
    }

    @Test
    void aReceiverThatNeverAnswersWellIsGivenUp() {
        Province p = Province.create(codec, mapper, em);
        String token = integration(p);
        String path = "/down-" + p.code;
        script.put(path, List.of(503));
        String id = subscribe(token, subscription(url(path), p.code, "DossierReceived"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        receiveDossier(p);
        // the test schedule: 3 retries of 1 s, so 4 attempts in all, then FAILED
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "FAILED"
                        .equals(given().auth()
                                .oauth2(token)
                                .when()
                                .get(BASE + "/" + id + "/deliveries")
                                .then()
                                .extract()
                                .path("items[0].status")));
        assertEquals(4, at(path).size());
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/" + id + "/deliveries")
                .then()
                .body("items[0].attemptCount", equalTo(4))
                .body("items[0].nextAttemptAt", equalTo(null));
        given().auth().oauth2(token).when().delete(BASE + "/" + id).then().statusCode(204);
    }

    @Test
    void badInputIsA4xxProblemAndWritesNothing() {
        Province p = Province.create(codec, mapper, em);
        Province other = Province.create(codec, mapper, em);
        String token = integration(p);
        long before = count("select count(*) from webhook_subscription");

        problem(subscribe(token, subscription(url("/x"), p.code, "DossierEaten")), 400, "eventTypes[0]", "oneOf");
        problem(subscribe(token, subscription(url("/x"), p.code)), 400, "eventTypes", "required");
        problem(subscribe(token, subscription("ftp://127.0.0.1/x", p.code, "DossierReceived")), 400, "url", "https");
        problem(
                subscribe(token, subscription("http://169.254.169.254/latest/meta-data", p.code, "DossierReceived")),
                400,
                "url",
                "publicAddress");
        problem(
                subscribe(token, subscription("http://[::ffff:169.254.169.254]/", p.code, "DossierReceived")),
                400,
                "url",
                "publicAddress");
        problem(
                subscribe(token, subscription("https://example.vn/" + "a".repeat(2000), p.code, "DossierReceived")),
                400,
                "url",
                "size");
        problem(subscribe(token, subscription("not a url", p.code, "DossierReceived")), 400, "url", "url");
        problem(subscribe(token, subscription(url("/x"), "NO.SUCH.UNIT", "DossierReceived")), 400, "unitCode", "known");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("")
                .when()
                .post(BASE)
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"));
        // another province's unit: 403; a person who is not an admin: 403
        subscribe(token, subscription(url("/x"), other.code + ".X1", "DossierReceived"))
                .then()
                .statusCode(403)
                .contentType(containsString("application/problem+json"));
        subscribe(p.officer, subscription(url("/x"), p.code, "DossierReceived"))
                .then()
                .statusCode(403);
        // a bad id is 404, like an unknown one
        given().auth().oauth2(token).when().get(BASE + "/not-an-id").then().statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get(BASE + "/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        assertEquals(before, count("select count(*) from webhook_subscription"));
    }

    @Test
    void idempotencyKeyReplaysAndTheClientLimitHolds() {
        Province p = Province.create(codec, mapper, em);
        String token = TestTokens.token("integration-many-" + p.code, p.code, "integration");
        String key = UUID.randomUUID().toString();
        var body = subscription(url("/idem"), p.code, "DossierResolved");
        Response first = given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE);
        first.then().statusCode(201);
        given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        for (int i = 1; i < 20; i++) {
            subscribe(token, subscription(url("/many/" + i), p.code, "DossierResolved"))
                    .then()
                    .statusCode(201);
        }
        Response over = subscribe(token, subscription(url("/many/21"), p.code, "DossierResolved"));
        over.then().statusCode(409).contentType(containsString("application/problem+json"));
        given().auth()
                .oauth2(token)
                .queryParam("size", 100)
                .when()
                .get(BASE)
                .then()
                .body("total", equalTo(20));
        // an admin of the province sees them too, and may remove them
        String admin = TestTokens.token("admin-" + p.code, p.code, "admin");
        List<String> ids = given().auth()
                .oauth2(admin)
                .queryParam("size", 100)
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .body("total", equalTo(20))
                .extract()
                .path("items.id");
        for (String id : ids) {
            given().auth().oauth2(admin).when().delete(BASE + "/" + id).then().statusCode(204);
        }
    }

    private static void problem(Response r, int status, String field, String rule) {
        r.then()
                .statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].rule", equalTo(rule));
    }

    private long count(String sql) {
        return Province.count(em, sql);
    }
}
