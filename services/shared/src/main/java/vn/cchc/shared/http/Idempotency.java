package vn.cchc.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.idempotency.IdempotencyKeys;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.text.Hashes;

/**
 * {@code Idempotency-Key} on requests that create something (docs/adr/0013-concurrency-and-idempotency.md): the
 * first successful answer (status, {@code Location}, body) is stored with the key in the transaction of the change
 * itself, and replayed to every retry with the same key and the same request; the same key with another request is a
 * 422 naming the header; a retry that arrives while the first request still runs is a 409 (with Retry-After).
 *
 * <p>Keys belong to a caller: the token's user (or client) name, or for anonymous calls the client address given by
 * the resource. A request hash covers the method, the path and the body as the resource parsed it (so a different
 * endpoint with a reused key is "another request" too). Failed requests (4xx/5xx) store nothing: they change nothing
 * and may be retried as they are. Rows expire after {@code cchc.idempotency.ttl} and are purged by
 * {@link vn.cchc.shared.idempotency.IdempotencyPurge}. The key is bounded ({@link #MAX_KEY_LENGTH}, printable ASCII), so is the stored body
 * ({@code cchc.idempotency.max-body}; a longer answer is stored without its body and replayed with its status and
 * {@code Location} only).
 *
 * <p>Usage from a resource (outside any transaction; {@code TransientRetry} around it, never inside):
 * <pre>{@code TransientRetry.call(() -> idempotency.run(key, input, () -> Response.created(...).build()))}</pre>
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyKeys keys;
    private final ObjectMapper json;
    private final Instance<Caller> caller;
    private final Instance<HttpServerRequest> request;
    private final Clock clock;
    private final Duration ttl;
    private final int maxBody;

    public Idempotency(
            IdempotencyKeys keys,
            ObjectMapper json,
            Instance<Caller> caller,
            Instance<HttpServerRequest> request,
            Clock clock,
            @ConfigProperty(name = "cchc.idempotency.ttl", defaultValue = "PT24H") Duration ttl,
            @ConfigProperty(name = "cchc.idempotency.max-body", defaultValue = "65536") int maxBody) {
        this.keys = keys;
        this.json = json;
        this.caller = caller;
        this.request = request;
        this.clock = clock;
        this.ttl = ttl;
        this.maxBody = maxBody;
    }

    /** As {@link #run(String, String, Object, Supplier)} for the signed-in caller. */
    public Response run(String key, Object requestBody, Supplier<Response> work) {
        return run(null, key, requestBody, work);
    }

    /**
     * Runs {@code work} (which opens or joins the transaction of its change) once per key: without a key it simply
     * runs. {@code anonymousScope} names an anonymous caller (e.g. its client address); a signed-in caller is always
     * named by its token.
     */
    public Response run(String anonymousScope, String key, Object requestBody, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        checkKey(key);
        String scope = scope(anonymousScope);
        String hash = hash(requestBody);
        return QuarkusTransaction.joiningExisting().call(() -> once(scope, key, hash, work));
    }

    private Response once(String scope, String key, String hash, Supplier<Response> work) {
        if (!keys.tryLock(scope, key)) {
            throw new InProgress();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<IdempotencyKeys.Stored> seen = keys.find(scope, key, now);
        if (seen.isPresent()) {
            IdempotencyKeys.Stored first = seen.get();
            if (!hash.equals(first.requestHash())) {
                throw new ProblemException(
                        422,
                        "idempotency-key-reused",
                        CommonMessages.TITLE_IDEMPOTENCY_KEY_REUSED.with(),
                        CommonMessages.IDEMPOTENCY_KEY_REUSED.with(),
                        List.of(LocalizedViolation.of(HEADER, "sameRequest", CommonMessages.IDEMPOTENCY_NEW_KEY)));
            }
            Response.ResponseBuilder replay = Response.status(first.status()).header(REPLAYED_HEADER, "true");
            if (first.location() != null) {
                replay.header(HttpHeaders.LOCATION, first.location());
            }
            if (first.body() != null) {
                replay.entity(first.body())
                        .type(first.contentType() == null ? MediaType.APPLICATION_JSON : first.contentType());
            }
            return replay.build();
        }
        Response answer = work.get();
        if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
            keys.store(scope, key, stored(hash, answer), now, now.plus(ttl));
        }
        return answer;
    }

    private IdempotencyKeys.Stored stored(String hash, Response answer) {
        String body = null;
        String type = null;
        if (answer.hasEntity()) {
            Object entity = answer.getEntity();
            try {
                body = entity instanceof String s ? s : json.writeValueAsString(entity);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("answer not serialisable for Idempotency-Key replay", e);
            }
            type = answer.getMediaType() == null
                    ? MediaType.APPLICATION_JSON
                    : answer.getMediaType().toString();
            if (body.getBytes(StandardCharsets.UTF_8).length > maxBody) {
                body = null;
                type = null;
            }
        }
        Object location = answer.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new IdempotencyKeys.Stored(
                hash,
                answer.getStatus(),
                location == null ? null : truncate(location.toString(), 2000),
                type == null ? null : truncate(type, 100),
                body);
    }

    /**
     * What identifies a binary request body (a file) in the request hash: its SHA-256, so that a large upload is not
     * serialised into the fingerprint. {@code null} and empty bodies give the empty string.
     */
    public static String fingerprint(byte[] body) {
        return body == null || body.length == 0 ? "" : vn.cchc.shared.text.Hashes.sha256Hex(body);
    }

    /** As {@link #fingerprint(byte[])} for an uploaded file on disk (read once, streamed). */
    public static String fingerprint(java.nio.file.Path file) {
        if (file == null) {
            return "";
        }
        try (var in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest digest = vn.cchc.shared.text.Hashes.sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 400 naming the header unless the key is 1 to {@link #MAX_KEY_LENGTH} printable ASCII characters. */
    public static void checkKey(String key) {
        boolean ok = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH;
        for (int i = 0; ok && i < key.length(); i++) {
            char c = key.charAt(i);
            ok = c >= 0x21 && c <= 0x7e;
        }
        if (!ok) {
            throw ProblemException.invalid(HEADER, "format", CommonMessages.IDEMPOTENCY_KEY_FORMAT, MAX_KEY_LENGTH);
        }
    }

    private String scope(String anonymousScope) {
        if (caller.isResolvable()) {
            Caller c = caller.get();
            if (c.isAuthenticated() && c.username() != null) {
                return truncate("user:" + c.username(), 200);
            }
        }
        return truncate("anon:" + (anonymousScope == null ? "" : anonymousScope), 200);
    }

    private String hash(Object requestBody) {
        StringBuilder fingerprint = new StringBuilder();
        if (request.isResolvable()) {
            HttpServerRequest r = request.get();
            fingerprint.append(r.method().name()).append(' ').append(r.uri()).append('\n'); // path and query
        }
        try {
            fingerprint.append(requestBody == null ? "" : json.writeValueAsString(requestBody));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body not serialisable for Idempotency-Key", e);
        }
        return Hashes.sha256Hex(fingerprint.toString());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** 409: the first request with this key still runs; retried after Retry-After it gets the first answer. */
    public static final class InProgress extends ProblemException {
        public InProgress() {
            super(
                    409,
                    "idempotency-key-in-progress",
                    CommonMessages.TITLE_REQUEST_IN_PROGRESS.with(),
                    CommonMessages.IDEMPOTENCY_IN_PROGRESS.with(),
                    List.of(LocalizedViolation.of(
                            HEADER, "notInProgress", CommonMessages.IDEMPOTENCY_RETRY_AFTER_FIRST)));
        }

        @Override
        public Long retryAfterSeconds() {
            return 1L;
        }
    }
}
