package vn.cchc.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Keycloak's realm {@code cchc}: discovery document and JWKS (one RSA key, kid {@code k1}).
 * {@code POST /control/hang} makes it accept every later request and never answer (a hung Keycloak);
 * {@code POST /control/recover} ends that; {@code /control/calls} counts the OIDC requests received,
 * {@code /control/cut} those of them left unanswered whose connection the caller closed.
 */
public final class FakeKeycloak {

    public static final String KEY_ID = "k1";

    private final HttpServer server;

    private FakeKeycloak(HttpServer server) {
        this.server = server;
    }

    public static FakeKeycloak start(Vertx vertx, RSAPublicKey key) throws Exception {
        AtomicBoolean hang = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger cut = new AtomicInteger();
        HttpServer server = vertx.createHttpServer();
        server.requestHandler(request -> {
            String path = request.path();
            if (path.startsWith("/control/")) {
                switch (path) {
                    case "/control/hang" -> hang.set(true);
                    case "/control/recover" -> hang.set(false);
                    default -> {}
                }
                request.response().end(Integer.toString(path.equals("/control/cut") ? cut.get() : calls.get()));
                return;
            }
            calls.incrementAndGet();
            if (hang.get()) {
                // accepted, never answered; count the calls the client gives up on (closes the connection)
                request.response().closeHandler(v -> cut.incrementAndGet());
                return;
            }
            answer(request, key);
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return new FakeKeycloak(server);
    }

    public String realmUrl() {
        return baseUrl() + "/realms/cchc";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void answer(HttpServerRequest request, RSAPublicKey key) {
        String realm = "http://" + request.authority() + "/realms/cchc";
        String path = request.path();
        if (path.equals("/realms/cchc/.well-known/openid-configuration")) {
            json(
                    request,
                    new JsonObject()
                            .put("issuer", TestTokens.ISSUER)
                            .put("authorization_endpoint", realm + "/protocol/openid-connect/auth")
                            .put("token_endpoint", realm + "/protocol/openid-connect/token")
                            .put("jwks_uri", realm + "/protocol/openid-connect/certs"));
        } else if (path.equals("/realms/cchc/protocol/openid-connect/certs")) {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            json(
                    request,
                    new JsonObject()
                            .put(
                                    "keys",
                                    new JsonArray()
                                            .add(new JsonObject()
                                                    .put("kid", KEY_ID)
                                                    .put("kty", "RSA")
                                                    .put("alg", "RS256")
                                                    .put("use", "sig")
                                                    .put("n", b64.encodeToString(unsigned(key.getModulus())))
                                                    .put("e", b64.encodeToString(unsigned(key.getPublicExponent()))))));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static void json(HttpServerRequest request, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }
}
