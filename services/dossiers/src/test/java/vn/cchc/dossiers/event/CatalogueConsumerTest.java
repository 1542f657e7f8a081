package vn.cchc.dossiers.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

@QuarkusTest
class CatalogueConsumerTest {

    private static final String OFFICER = TestTokens.token("officer", "H99.X01", "officer");

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** The officer's unit must be in the unit copy (a unit this service does not know is no unit, issue 11). */
    @org.junit.jupiter.api.BeforeEach
    void officersUnit() {
        vn.cchc.dossiers.Province.unit(codec, mapper, "H99", "PROVINCE", null, "/H99/", false);
        vn.cchc.dossiers.Province.unit(codec, mapper, "H99.X01", "COMMUNE", "H99", "/H99/H99.X01/", false);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> vn.cchc.dossiers.Province.count(
                                em, "select count(*) from unit_copy where code in ('H99', 'H99.X01')")
                        == 2);
    }

    private static String newCode() {
        return "2." + ThreadLocalRandom.current().nextInt(100000, 999999) + ".H99";
    }

    private EventEnvelope event(String code, long version, String name, int days) {
        ProcedureEventV1 data = new ProcedureEventV1(
                code,
                name,
                "Chứng thực",
                "COMMUNE",
                "IN_FORCE",
                version,
                new ProcedureEventV1.ProcessingTime(new BigDecimal(days), "WORKING_DAYS"),
                new ProcedureEventV1.Decision("12/QĐ-UBND", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)));
        return EventEnvelope.create(
                "/cchc/procedures",
                ProcedureEventV1.PUBLISHED,
                code,
                1,
                OffsetDateTime.of(2026, 11, 21, 2, 0, 0, 0, ZoneOffset.UTC),
                mapper.valueToTree(data));
    }

    private void send(EventEnvelope event) {
        KafkaTestResource.produce(Topics.PROCEDURES, event.subject(), codec.write(event));
    }

    private void awaitName(String code, String name) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(OFFICER)
                        .when()
                        .get("/api/v1/dossiers/catalogue/" + code)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo(name)));
    }

    @Test
    void aPublishedProcedureReachesTheLocalCatalogueOnceEvenWhenReplayed() {
        String code = newCode();
        EventEnvelope published = event(code, 2, "Chứng thực bản sao từ bản chính", 1);
        send(published);
        awaitName(code, "Chứng thực bản sao từ bản chính");
        given().auth()
                .oauth2(OFFICER)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code)
                .then()
                .body(
                        "processingTime.unit",
                        equalTo("WORKING_DAYS"),
                        "processingTime.value",
                        equalTo(1.0f),
                        "version",
                        equalTo(2));
        Object updatedAt = column(code, "updated_at");

        // Replaying the very same event changes nothing: the inbox knows its id.
        send(published);
        // A later, valid event is the marker that the replay has been consumed before it.
        String marker = newCode();
        send(event(marker, 2, "Mốc kiểm tra", 1));
        awaitName(marker, "Mốc kiểm tra");
        assertEquals(1L, inboxRows(published.id()));
        assertEquals(updatedAt, column(code, "updated_at"));

        // Search ignores diacritics.
        given().auth()
                .oauth2(OFFICER)
                .queryParam("q", "chung thuc ban sao")
                .when()
                .get("/api/v1/dossiers/catalogue")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void aLateOlderEventDoesNotOverwriteANewerOne() {
        String code = newCode();
        send(event(code, 3, "Tên đang có hiệu lực", 5));
        awaitName(code, "Tên đang có hiệu lực");
        send(event(code, 2, "Tên cũ đến muộn", 3));
        String marker = newCode();
        send(event(marker, 2, "Mốc", 1));
        awaitName(marker, "Mốc");
        given().auth()
                .oauth2(OFFICER)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code)
                .then()
                .body("name", equalTo("Tên đang có hiệu lực"), "processingTime.value", equalTo(5.0f));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        String code = newCode();
        KafkaTestResource.produce(Topics.PROCEDURES, code, "{ this is not an event");
        send(event(code, 2, "Sau thông điệp hỏng", 2));
        awaitName(code, "Sau thông điệp hỏng");
        var dead = KafkaTestResource.awaitRecord(Topics.DEAD_LETTER, r -> code.equals(r.key()), Duration.ofSeconds(20));
        assertEquals("{ this is not an event", dead.value());
        var reason = dead.headers().lastHeader("dead-letter-reason");
        org.junit.jupiter.api.Assertions.assertNotNull(reason);
        org.junit.jupiter.api.Assertions.assertTrue(
                new String(reason.value(), StandardCharsets.UTF_8).contains("envelope"));
    }

    @Test
    void theCatalogueCopyIsForStaffWithAValidToken() {
        given().when().get("/api/v1/dossiers/catalogue").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.token("citizen", null, "citizen"))
                .when()
                .get("/api/v1/dossiers/catalogue")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(OFFICER)
                .when()
                .get("/api/v1/dossiers/catalogue/9.999999.NONE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private long inboxRows(String eventId) {
        return ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = :id")
                        .setParameter("id", eventId)
                        .getSingleResult())
                .longValue();
    }

    private Object column(String code, String column) {
        return em.createNativeQuery("select " + column + " from catalogue_procedure where code = :c")
                .setParameter("c", code)
                .getSingleResult();
    }
}
