package vn.cchc.dossiers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * The fixtures of {@code access-matrix.txt}: province H99 (communes X01, X02 with their one-stop centres .MC) and
 * province H98 (X01, X01.MC), delivered as unit events; procedure {@code 1.MATRIX.H99} decided by H99.X01 (so a
 * procedure of province H99); a dossier received at H99.X01.MC and started; an official decision of H99 to delete.
 */
public final class MatrixFixtures {

    public static final String PROCEDURE = "1.MATRIX.H99";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private MatrixFixtures() {}

    public static Map<String, String> create(EventCodec codec, ObjectMapper mapper, EntityManager em) {
        Province.unit(codec, mapper, "H99", "PROVINCE", null, "/H99/", false);
        Province.unit(codec, mapper, "H98", "PROVINCE", null, "/H98/", false);
        for (String x : List.of("H99.X01", "H99.X02", "H98.X01")) {
            String root = x.substring(0, 3);
            Province.unit(codec, mapper, x, "COMMUNE", root, "/" + root + "/" + x + "/", false);
            Province.unit(codec, mapper, x + ".MC", "COMMUNE", x, "/" + root + "/" + x + "/" + x + ".MC/", true);
        }
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Province.count(
                                em,
                                "select count(*) from unit_copy where code in ('H99', 'H98', 'H99.X01', 'H99.X02', 'H98.X01', 'H99.X01.MC',"
                                        + " 'H99.X02.MC', 'H98.X01.MC')")
                        == 8);
        if (Province.count(em, "select count(*) from catalogue_procedure where code = '" + PROCEDURE + "'") == 0) {
            Province.publish(
                    codec, mapper, em, Province.procedureEvent(PROCEDURE, LocalDate.of(2021, 1, 1), "H99.X01"));
        }
        String officer = TestTokens.token("fixture-officer", "H99.X01", "officer");
        String admin = TestTokens.token("fixture-admin", "H99", "admin");
        ZonedDateTime now = ZonedDateTime.now(VN);
        ZonedDateTime received =
                now.minusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> intake = new HashMap<>();
        intake.put("procedureCode", PROCEDURE);
        intake.put("receivingUnitCode", "H99.X01.MC");
        intake.put("channel", "DIRECT");
        intake.put("applicant", Map.of("name", "Nguyễn Văn Ma Trận", "phone", "0912345678"));
        intake.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        intake.put("receivedAt", received.toOffsetDateTime().toString());
        String dossier = DossierCalls.receive(officer, intake);
        DossierCalls.act(officer, dossier, "start", Map.of());
        Integer entry = null;
        while (entry == null) {
            LocalDate day = LocalDate.of(2032, 1, 5)
                    .plusDays(ThreadLocalRandom.current().nextInt(0, 350));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            var response = given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("date", day.toString(), "kind", "COMPENSATORY_OFF", "note", "Quyết định thử"))
                    .when()
                    .post("/api/v1/dossiers/calendar/2032/entries")
                    .then()
                    .extract();
            if (response.statusCode() == 201) {
                entry = response.path("id");
            }
        }
        // a webhook of the H99 integration client (an event type the matrix never causes) with one delivery
        String webhook = given().auth()
                .oauth2(TestTokens.token("fixture-integration", "H99", "integration"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:9/matrix",
                        "eventTypes",
                        List.of("DossierApologyIssued"),
                        "unitCode",
                        "H99"))
                .when()
                .post("/api/v1/dossiers/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String delivery = java.util.UUID.randomUUID().toString();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into webhook_delivery (id, subscription_id, event_id, event_type,"
                                        + " subject, payload, status, attempts, failures, created_at) values (cast(:id as uuid),"
                                        + " cast(:s as uuid), :e, 'DossierApologyIssued', 'matrix', '{}', 'DELIVERED', 1, 0, now())")
                        .setParameter("id", delivery)
                        .setParameter("s", webhook)
                        .setParameter("e", "matrix-" + delivery)
                        .executeUpdate());
        Map<String, String> vars = new HashMap<>();
        vars.put("webhook", webhook);
        vars.put("delivery", delivery);
        vars.put("procedure", PROCEDURE);
        vars.put("dossier", dossier);
        vars.put("entry", String.valueOf(entry));
        vars.put("year", "2026");
        vars.put("run", Long.toString(System.nanoTime(), 36));
        vars.put("receivedAt", received.toOffsetDateTime().toString());
        vars.put("resolvedAt", received.plusHours(1).toOffsetDateTime().toString());
        vars.put("from", now.toLocalDate().minusDays(31).toString());
        vars.put("to", now.toLocalDate().toString());
        return vars;
    }
}
