package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * The gateway as deployed in production: HSTS on (the {@code %prod} default), a browser-facing Keycloak URL
 * of its own, behind a trusted reverse proxy (the test client plays it) whose X-Forwarded-* give the public address.
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
                    // behind a reverse proxy on this machine that sets X-Forwarded-*
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "cchc.gateway.security-headers.identity-provider-urls",
                            "https://sso.cchc.example.gov.vn/realms/cchc");
        }
    }

    @Test
    void sendsHstsAndNamesThePublicIdentityProviderInTheCsp() {
        given().get("/")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"))
                .header(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("connect-src 'self' https://sso.cchc.example.gov.vn;"))
                .header(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("form-action 'self' https://sso.cchc.example.gov.vn"));
        given().get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        givenToken(TestTokens.valid("hsts-1"))
                .get("/api/v1/procedures/x/weak-headers")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }

    @Test
    void rewritesAServicesOwnAddressToThePublicAddressGivenByTheTrustedProxy() {
        io.restassured.response.Response response = givenToken(TestTokens.valid("proxy-1"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "cchc.example.gov.vn")
                .header("X-Forwarded-For", "203.0.113.7")
                .post("/api/v1/dossiers/created")
                .then()
                .statusCode(201)
                .extract()
                .response();
        org.junit.jupiter.api.Assertions.assertEquals(
                "https://cchc.example.gov.vn/api/v1/dossiers/42?view=full&x=%C3%A1", response.header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "https://cchc.example.gov.vn/api/v1/dossiers/42", response.header("Content-Location"));
        // the service is told the same public address and the real client
        givenToken(TestTokens.valid("proxy-1"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "cchc.example.gov.vn")
                .header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/dossiers/mine")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-host", equalTo("cchc.example.gov.vn"))
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-for", equalTo("203.0.113.7"));
    }
}
