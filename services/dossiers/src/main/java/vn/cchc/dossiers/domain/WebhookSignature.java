package vn.cchc.dossiers.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com, docs/api/webhooks.md): the secret is
 * {@code whsec_} + base64 of random bytes; {@code webhook-signature} is {@code v1,} + base64 of HMAC-SHA256 over
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"} keyed with the base64-decoded secret. No library of the format is
 * on the mirror, so this is the whole implementation (unit-tested against the specification's published vector).
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    /** Random bytes in a new secret (the format allows 24 to 64). */
    public static final int SECRET_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret, {@code whsec_} + base64 of {@value #SECRET_BYTES} random bytes. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value: {@code v1,<base64 HMAC-SHA256>}. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(secret, id, timestampSeconds, body));
    }

    /**
     * Whether one of the space-separated {@code v1,} signatures of {@code header} is the right one (constant-time
     * comparison); what a receiver does (the test receivers use it).
     */
    public static boolean verify(String secret, String id, long timestampSeconds, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = mac(secret, id, timestampSeconds, body);
        for (String part : header.trim().split(" +")) {
            if (!part.startsWith("v1,")) {
                continue;
            }
            try {
                if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            } catch (IllegalArgumentException notBase64) {
                // another signature may match
            }
        }
        return false;
    }

    private static byte[] mac(String secret, String id, long timestampSeconds, byte[] body) {
        String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
