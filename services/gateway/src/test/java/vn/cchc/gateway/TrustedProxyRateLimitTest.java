package vn.cchc.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.testing.GatewayTestResources;
import vn.cchc.gateway.testing.RawHttp;
import vn.cchc.gateway.testing.TestTokens;

/**
 * Anonymous buckets behind a trusted proxy: the test client (127.0.0.1) plays the ingress controller
 * ({@code cchc.gateway.trusted-proxies=127.0.0.1/32}); a socket from 127.0.0.2 is a client that reaches the gateway
 * directly and is not trusted. Two anonymous requests per client address and hour; the problem texts in the
 * production default, Vietnamese. Every test uses its own client addresses.
 */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
@TestProfile(TrustedProxyRateLimitTest.BehindIngress.class)
class TrustedProxyRateLimitTest {

    public static class BehindIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "cchc.gateway.trusted-proxies", "10.0.0.0/8,127.0.0.1/32",
                    "cchc.gateway.rate-limit.anonymous.capacity", "2",
                    "cchc.gateway.rate-limit.anonymous.period", "1h",
                    "cchc.problem.default-language", "vi");
        }
    }

    @Test
    void citizensBehindTheTrustedProxyEachHaveTheirOwnBucket() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "198.51.100.1")
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200)
                    .body("headers.x-forwarded-for", equalTo("198.51.100.1"));
        }
        given().header("X-Forwarded-For", "198.51.100.1")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429);
        // the next citizen behind the same proxy is not penalised
        given().header("X-Forwarded-For", "198.51.100.2")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200);
        // a chain through a second trusted proxy (10.1.2.3) still names the citizen
        given().header("X-Forwarded-For", "198.51.100.3, 10.1.2.3")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.3"));
    }

    @Test
    void whatTheClientWroteLeftOfTheProxysEntryIsIgnored() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "198.51.100.20")
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200);
        }
        // the citizen at 198.51.100.20 invents addresses in front of what the proxy appended: same bucket
        given().header("X-Forwarded-For", "203.0.113.99, 198.51.100.20")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.98")
                .header("X-Forwarded-For", "198.51.100.20")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429);
    }

    @Test
    void anUntrustedPeerCannotChooseItsBucketWithXForwardedFor() throws IOException {
        // 127.0.0.2 is not a trusted proxy: its X-Forwarded-For is ignored, each value lands in 127.0.0.2's bucket
        RawHttp.Answer first = RawHttp.getFrom("127.0.0.2", "/api/v1/procedures", "X-Forwarded-For: 198.51.100.30");
        assertEquals(200, first.status(), first.body());
        assertEquals("127.0.0.2", first.json().getString("headers.x-forwarded-for"));
        assertEquals(
                200,
                RawHttp.getFrom("127.0.0.2", "/api/v1/procedures", "X-Forwarded-For: 198.51.100.31")
                        .status());
        RawHttp.Answer third = RawHttp.getFrom("127.0.0.2", "/api/v1/procedures", "X-Forwarded-For: 198.51.100.32");
        assertEquals(429, third.status(), "a fresh X-Forwarded-For is no fresh bucket");
        assertTrue(third.header("Retry-After").matches("[1-9][0-9]*"), third.header("Retry-After"));
    }

    @Test
    void malformedXForwardedForNeverFailsAndFallsBackToTheProxysOwnBucket() {
        // every malformed value counts against the nearest trusted hop, here the proxy itself (127.0.0.1)
        String[] malformed = {
            "", "unknown", " , ", "999.1.1.1", "198.51.100.40,", "[2001:db8::1", "1.2.3.4:port", "%00", "a".repeat(300),
        };
        int ok = 0;
        int limited = 0;
        for (String value : malformed) {
            int status = given().header("X-Forwarded-For", value)
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(lessThan(500))
                    .extract()
                    .statusCode();
            if (status == 200) {
                ok++;
            } else {
                assertEquals(429, status, "X-Forwarded-For '" + value + "'");
                limited++;
            }
        }
        assertEquals(2, ok, "one bucket (the proxy's) for all malformed values");
        assertEquals(malformed.length - 2, limited);
        // well-formed entries with ports and IPv6 are understood
        given().header("X-Forwarded-For", "198.51.100.41:51234")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("198.51.100.41"));
        given().header("X-Forwarded-For", "[2001:DB8::41]:443")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("headers.x-forwarded-for", equalTo("2001:db8::41"));
    }

    @Test
    void signedInCallersAreCountedOnTheirSubjectWhateverTheirAddress() {
        String token = TestTokens.valid("officer-xff", "cchc-web");
        // more requests than an anonymous bucket holds, from several addresses, all on the subject's bucket
        for (int i = 0; i < 5; i++) {
            givenToken(token)
                    .header("X-Forwarded-For", "198.51.100.50")
                    .get("/api/v1/dossiers/mine")
                    .then()
                    .statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.50")
                .get("/api/v1/procedures")
                .then()
                .statusCode(200);
    }

    @Test
    void the429IsAVietnameseProblemWithRetryAfterAndEnglishOnRequest() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "198.51.100.60")
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200);
        }
        String retryAfter = given().header("X-Forwarded-For", "198.51.100.60")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Content-Language", "vi")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://cchc.gov.vn/problems/too-many-requests"))
                .body("title", equalTo("Quá nhiều yêu cầu"))
                .body("detail", matchesPattern("Vượt quá giới hạn số yêu cầu; thử lại sau [1-9][0-9]* giây\\."))
                .extract()
                .header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) <= 3600);
        given().header("X-Forwarded-For", "198.51.100.60")
                .header("Accept-Language", "en")
                .get("/api/v1/procedures")
                .then()
                .statusCode(429)
                .header("Content-Language", "en")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("title", equalTo("Too many requests"))
                .body("detail", matchesPattern("Rate limit exceeded; retry after [1-9][0-9]* s\\."));
    }
}
