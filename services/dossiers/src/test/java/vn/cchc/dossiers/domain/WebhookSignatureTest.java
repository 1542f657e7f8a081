package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // the test vector published with the Standard Webhooks specification and its reference libraries
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedTestVector() {
        assertEquals(EXPECTED, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void verifiesOneOfSeveralSignaturesAndRejectsTampering() {
        assertTrue(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "v1,bm9wZQ== " + EXPECTED));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, EXPECTED));
        assertFalse(WebhookSignature.verify(SECRET, "msg_other", TIMESTAMP, BODY, EXPECTED));
        assertFalse(WebhookSignature.verify(
                SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), EXPECTED));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "v2," + EXPECTED.substring(3)));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, "v1,not base64!"));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, null));
    }

    @Test
    void newSecretsAreWhsecWith24RandomBytes() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_"), a);
        assertEquals(24, Base64.getDecoder().decode(a.substring(6)).length);
        assertNotEquals(a, b);
        String signature = WebhookSignature.sign(a, ID, TIMESTAMP, BODY);
        assertTrue(WebhookSignature.verify(a, ID, TIMESTAMP, BODY, signature));
        assertFalse(WebhookSignature.verify(b, ID, TIMESTAMP, BODY, signature));
    }
}
