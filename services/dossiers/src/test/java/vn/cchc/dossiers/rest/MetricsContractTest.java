package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.service.DossierGauges;
import vn.cchc.dossiers.service.OverdueWatch;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventMetrics;
import vn.cchc.shared.metrics.BacklogGauges;
import vn.cchc.shared.testing.MetricsContract;

/**
 * /q/metrics of dossiers: every metric the alerts and the dashboard use for this service is in the real scrape
 * (deploy/k8s/monitoring/metric-owners.txt), and the values of its own gauges are right.
 */
@QuarkusTest
class MetricsContractTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    DossierGauges gauges;

    @Inject
    BacklogGauges backlog;

    @Inject
    OverdueWatch watch;

    @Inject
    EventMetrics events;

    static double value(String scrape, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertTrue(m.find(), series + " not in the scrape");
        return Double.parseDouble(m.group(1));
    }

    String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void exposesWhatTheAlertsAndTheDashboardUse() {
        Province p = Province.create(codec, mapper, em);
        String code = p.code;
        // one open dossier, past due: received long ago
        given().auth()
                .oauth2(p.officer)
                .contentType("application/json")
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "channel",
                        "DIRECT",
                        "applicant",
                        Map.of("name", "Trần Văn An", "phone", "0900000000"),
                        "components",
                        List.of(Map.of("name", "Tờ khai", "copies", 1)),
                        "receivedAt",
                        "2026-02-13T10:00:00+07:00"))
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201);
        gauges.refresh();
        watch.runOnce();
        // the consumer counters appear on first use (the EventConsumer calls them)
        events.unknownType("dossiers.metrics-test", "DossierTeleported");
        events.deadLettered("dossiers.metrics-test", "unsupported-schemaversion");
        events.retried("dossiers.metrics-test");
        String scrape = scrape();
        MetricsContract.assertExposes("dossiers", scrape);
        assertEquals(1.0, value(scrape, "cchc_dossiers_open{province=\"" + code + "\"}"));
        assertEquals(1.0, value(scrape, "cchc_dossiers_overdue{province=\"" + code + "\"}"));
        double lastRun = value(scrape, "cchc_overdue_watch_last_run_seconds");
        assertTrue(Math.abs(lastRun - System.currentTimeMillis() / 1000.0) < 120, "last run is now: " + lastRun);
    }

    @Test
    void outboxBacklogCountsUnpublishedEventsAndTheAgeOfTheOldest() {
        // A row the relay can never publish (invalid topic name) stays pending, 90 s old.
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, created_at)
                        values (:id, 'not a topic!', 'k', 'MetricsProbe', '{}', now() - interval '90 seconds')""").setParameter("id", id).executeUpdate());
        try {
            // rows written just before it (other tests' events) go out on the relay's next tick; then the probe is the
            // oldest pending row, the one holding the relay back
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(15))
                    .pollInSameThread()
                    .until(() -> {
                        backlog.refresh();
                        return value(scrape(), "cchc_outbox_oldest_pending_age_seconds") >= 90;
                    });
            String scrape = scrape();
            assertTrue(value(scrape, "cchc_outbox_pending") >= 1.0);
            double age = value(scrape, "cchc_outbox_oldest_pending_age_seconds");
            assertTrue(age >= 90 && age < 200, "age of the oldest pending event: " + age);
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from outbox_event where id = :id")
                            .setParameter("id", id)
                            .executeUpdate());
        }
        backlog.refresh();
        assertEquals(0.0, value(scrape(), "cchc_outbox_oldest_pending_age_seconds"));
    }
}
