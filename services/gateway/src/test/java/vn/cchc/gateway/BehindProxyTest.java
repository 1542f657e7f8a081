package vn.cchc.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

/**
 * The gateway as deployed in production: HSTS on (the {@code %prod} default), a browser-facing Keycloak URL
 * of its own.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
@TestProfile(BehindProxyTest.Production.class)
class BehindProxyTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cchc.gateway.security-headers.hsts.enabled", "true",
                    "cchc.gateway.security-headers.identity-provider-urls", "https://sso.cchc.example.gov.vn/realms/cchc");
        }
    }

    @Test
    void sendsHstsAndNamesThePublicIdentityProviderInTheCsp() {
        given().get("/").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "connect-src 'self' https://sso.cchc.example.gov.vn;"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "form-action 'self' https://sso.cchc.example.gov.vn"));
        given().get("/api/v1/procedures").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        givenToken(TestTokens.valid("hsts-1")).get("/api/v1/procedures/x/weak-headers").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }
}
