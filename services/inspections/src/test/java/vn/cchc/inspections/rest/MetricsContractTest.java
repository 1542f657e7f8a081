package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.EventMetrics;
import vn.cchc.shared.testing.MetricsContract;

/**
 * /q/metrics of inspections: every metric the alerts and the dashboard use for this service
 * (deploy/k8s/monitoring/metric-owners.txt) is in the real scrape.
 */
@QuarkusTest
class MetricsContractTest {

    @Inject
    EventMetrics events;

    @Test
    void exposesWhatTheAlertsAndTheDashboardUse() {
        // one API request, so that the HTTP server metrics exist
        given().get("/api/v1/inspections/metrics-probe");
        // the consumer counters appear on first use (the EventConsumer calls them)
        events.unknownType("inspections.metrics-test", "DossierTeleported");
        events.deadLettered("inspections.metrics-test", "unsupported-schemaversion");
        events.retried("inspections.metrics-test");
        String scrape =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        MetricsContract.assertExposes("inspections", scrape);
    }
}
