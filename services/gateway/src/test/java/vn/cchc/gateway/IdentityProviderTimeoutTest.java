package vn.cchc.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.gateway.testing.FakeKeycloak;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * Keys come from a (fake) Keycloak's JWKS. When Keycloak hangs (accepts, never answers), a token that needs it
 * (an unknown key id forces a JWKS refresh) is answered 503 + Retry-After within the configured 1.5 s, and
 * everything that does not need Keycloak keeps working.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, initArgs = @ResourceArg(name = "keycloak", value = "fake"))
@TestProfile(IdentityProviderTimeoutTest.ShortTimeouts.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderTimeoutTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cchc.gateway.identity-provider.timeout", "1500ms",
                    "cchc.gateway.identity-provider.request-timeout", "2500ms",
                    // an unknown key id may trigger a JWKS refresh at most once a second (default 10 min)
                    "quarkus.oidc.token.forced-jwk-refresh-interval", "1S");
        }
    }

    private static int control(String action) throws Exception {
        String base = System.getProperty(GatewayTestResources.FAKE_KEYCLOAK_PROPERTY);
        return Integer.parseInt(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/control/" + action))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    @AfterEach
    void recover() throws Exception {
        control("recover");
    }

    @Test
    @Order(1)
    void verifiesTokensWithTheKeysOfTheIdentityProvider() {
        givenToken(TestTokens.withKeyId("idp-1", FakeKeycloak.KEY_ID))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .body("service", equalTo("dossiers"));
        givenToken(TestTokens.forged("idp-1"))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(401);
    }

    @Test
    @Order(2)
    void aHungIdentityProviderGivesABounded503WithRetryAfter() throws Exception {
        // keys are loaded (previous test); now Keycloak hangs
        givenToken(TestTokens.withKeyId("idp-0", FakeKeycloak.KEY_ID))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200);
        control("hang");
        Thread.sleep(1_100); // past the forced-refresh interval
        givenToken(TestTokens.withKeyId("idp-2", "rotated-key"))
                .header("X-Request-Id", "idp-hang-1")
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(503)
                .time(lessThan(3_000L))
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("https://cchc.gov.vn/problems/service-unavailable"))
                .body("detail", containsString("identity provider"))
                .body("correlationId", equalTo("idp-hang-1"));
        // meanwhile: tokens signed with a known key, public paths and the SPA do not wait for Keycloak
        givenToken(TestTokens.withKeyId("idp-3", FakeKeycloak.KEY_ID))
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .time(lessThan(1_000L));
        given().get("/api/v1/procedures").then().statusCode(200).time(lessThan(1_000L));
        given().get("/").then().statusCode(200).time(lessThan(1_000L));
        // the hung call to Keycloak itself is cut after request-timeout (2.5 s), freeing its connection
        long deadline = System.currentTimeMillis() + 5_000;
        while (control("cut") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        org.junit.jupiter.api.Assertions.assertTrue(control("cut") >= 1, "the gateway gave up on the hung call");
    }
}
