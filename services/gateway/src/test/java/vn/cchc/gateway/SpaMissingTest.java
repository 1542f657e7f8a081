package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.cchc.gateway.testing.Http.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;

/** The gateway started with a spa-dir that does not exist. */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, initArgs = @ResourceArg(name = "spa", value = "missing"))
class SpaMissingTest {

    @Test
    void saysTheSpaIsNotBuiltAndStillServesTheApi() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("not built"));
        given().get("/thu-tuc").then().statusCode(200).body(containsString("not built"));
        given().get("/api/v1/procedures").then().statusCode(200).body("service", equalTo("procedures"));
    }
}
