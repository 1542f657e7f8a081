package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.service.ImportGauges;
import vn.cchc.shared.testing.MetricsContract;

/**
 * /q/metrics of procedures: every metric the alerts and the dashboard use for this service
 * (deploy/k8s/monitoring/metric-owners.txt) is in the real scrape.
 */
@QuarkusTest
class MetricsContractTest {

    @Inject
    ImportGauges imports;

    @Test
    void exposesWhatTheAlertsAndTheDashboardUse() {
        // one API request, so that the HTTP server metrics exist
        given().get("/api/v1/procedures/metrics-probe");
        imports.refresh();
        String scrape =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        MetricsContract.assertExposes("procedures", scrape);
    }
}
