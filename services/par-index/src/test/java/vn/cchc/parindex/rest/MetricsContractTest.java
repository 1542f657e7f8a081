package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.EventMetrics;
import vn.cchc.shared.testing.MetricsContract;

/**
 * /q/metrics of par-index: every metric the alerts and the dashboard use for this service
 * (deploy/k8s/monitoring/metric-owners.txt) is in the real scrape.
 */
@QuarkusTest
class MetricsContractTest {

    @Inject
    EventMetrics events;

    @Test
    void exposesWhatTheAlertsAndTheDashboardUse() {
        // one API request, so that the HTTP server metrics exist
        given().get("/api/v1/par-index/metrics-probe");
        // the consumer counters appear on first use (the EventConsumer calls them)
        events.unknownType("par-index.metrics-test", "DossierTeleported");
        events.deadLettered("par-index.metrics-test", "unsupported-schemaversion");
        events.retried("par-index.metrics-test");
        String scrape =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        MetricsContract.assertExposes("par-index", scrape);
    }
}
