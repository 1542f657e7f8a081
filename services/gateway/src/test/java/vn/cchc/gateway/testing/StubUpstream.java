package vn.cchc.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for one of the services: an HTTP server on a random loopback port that echoes what it received
 * as JSON. Special paths (under any prefix): {@code .../slow} answers after 3 s, {@code .../problem} answers
 * 409 problem+json with extra headers, {@code .../big} streams 2 MiB,
 * {@code .../weak-headers} sends weakened security headers,
 * {@code .../created} answers 201 with its own address in Location, {@code .../moved-elsewhere} 302 to another site,
 * {@code .../unavailable} 503 without Retry-After, {@code .../busy} 429 with Retry-After 7,
 * {@code .../busy-bare} 429 without; {@code .../large-json} about 20 kB of JSON (Content-Length),
 * {@code .../large-json-chunked} the same streamed, {@code .../image} 16 kB of PNG, {@code .../sheet} 16 kB of xlsx,
 * {@code .../pre-gzipped} the large JSON already gzip-encoded; {@code /q/health/ready} says UP.
 */
public final class StubUpstream {

    public static final int BIG_BODY_BYTES = 2 * 1024 * 1024;

    private final String name;
    private final HttpServer server;

    private StubUpstream(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    public static StubUpstream start(Vertx vertx, String name) throws Exception {
        HttpServer server = vertx.createHttpServer();
        server.requestHandler(request -> handle(vertx, name, request));
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return new StubUpstream(name, server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public String name() {
        return name;
    }

    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The body of {@code .../large-json}: a page of catalogue entries, about 20 kB. */
    public static String largeJson() {
        io.vertx.core.json.JsonArray items = new io.vertx.core.json.JsonArray();
        for (int i = 0; i < 200; i++) {
            items.add(new JsonObject()
                    .put("code", "1.00" + (1000 + i))
                    .put("name", "Thủ tục cấp giấy phép số " + i)
                    .put("field", "Lĩnh vực " + (i % 12))
                    .put("processingDays", i % 30));
        }
        return new JsonObject().put("items", items).put("total", 200).encode();
    }

    public static byte[] gzip(byte[] data) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(Vertx vertx, String name, HttpServerRequest request) {
        String path = request.path();
        if (path.endsWith("/large-json")) {
            request.response().putHeader("Content-Type", "application/json").end(largeJson());
            return;
        }
        if (path.endsWith("/large-json-chunked")) {
            String body = largeJson();
            request.response().setChunked(true).putHeader("Content-Type", "application/json;charset=UTF-8");
            int half = body.length() / 2;
            request.response().write(body.substring(0, half));
            request.response().end(body.substring(half));
            return;
        }
        if (path.endsWith("/image")) {
            request.response()
                    .putHeader("Content-Type", "image/png")
                    .end(Buffer.buffer(GatewayTestResources.binary("\u0089PNG\r\n\u001a\n", 16_384, 3)));
            return;
        }
        if (path.endsWith("/sheet")) {
            request.response()
                    .putHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .end(Buffer.buffer(GatewayTestResources.binary("PK\u0003\u0004", 16_384, 5)));
            return;
        }
        if (path.endsWith("/pre-gzipped")) {
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Content-Encoding", "gzip")
                    .putHeader("Vary", "Accept-Encoding")
                    .end(Buffer.buffer(gzip(largeJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            return;
        }
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/api/v1/" + name + "/openapi")) {
            // a service's document: one operation, a shared Problem and a Thing that differs per service
            JsonObject problem = new JsonObject().put("type", "object");
            JsonObject thing = new JsonObject()
                    .put("type", "object")
                    .put("properties", new JsonObject().put(name + "Code", new JsonObject().put("type", "string")));
            JsonObject op = new JsonObject()
                    .put("operationId", "list" + name.replace("-", "") + "Things")
                    .put(
                            "responses",
                            new JsonObject()
                                    .put(
                                            "200",
                                            new JsonObject()
                                                    .put("description", "OK")
                                                    .put(
                                                            "content",
                                                            new JsonObject()
                                                                    .put(
                                                                            "application/json",
                                                                            new JsonObject()
                                                                                    .put(
                                                                                            "schema",
                                                                                            new JsonObject()
                                                                                                    .put(
                                                                                                            "$ref",
                                                                                                            "#/components/schemas/Thing"))))));
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("openapi", "3.1.0")
                            .put("info", new JsonObject().put("title", name).put("version", "v1"))
                            .put(
                                    "paths",
                                    new JsonObject()
                                            .put("/api/v1/" + name + "/things", new JsonObject().put("get", op)))
                            .put(
                                    "components",
                                    new JsonObject()
                                            .put(
                                                    "schemas",
                                                    new JsonObject()
                                                            .put("Problem", problem)
                                                            .put("Thing", thing))
                                            .put(
                                                    "securitySchemes",
                                                    new JsonObject()
                                                            .put(
                                                                    "oidc",
                                                                    new JsonObject()
                                                                            .put("type", "openIdConnect")
                                                                            .put(
                                                                                    "openIdConnectUrl",
                                                                                    "http://internal/realms/x"))))
                            .encode());
            return;
        }
        if (path.endsWith("/problem")) {
            request.response()
                    .setStatusCode(409)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("X-Upstream", name)
                    .putHeader("Location", "/api/v1/" + name + "/42")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Proxy-Authenticate", "Basic realm=\"upstream\"")
                    .putHeader("X-Request-Id", "set-by-upstream")
                    .end(new JsonObject()
                            .put("type", "https://cchc.gov.vn/problems/conflict")
                            .put("title", "Conflict")
                            .put("status", 409)
                            .put("detail", "Dossier already submitted")
                            .encode());
            return;
        }
        if (path.endsWith("/created")) {
            // what a service answers today: its own address in Location
            String self = "http://127.0.0.1:" + request.localAddress().port();
            request.response()
                    .setStatusCode(201)
                    .putHeader(
                            "Location",
                            self + path.substring(0, path.length() - "/created".length()) + "/42?view=full&x=%C3%A1")
                    .putHeader(
                            "Content-Location",
                            "http://localhost:" + request.localAddress().port() + "/api/v1/" + name + "/42")
                    .putHeader("Link", "<https://cchc.gov.vn/docs>; rel=help")
                    .end();
            return;
        }
        if (path.endsWith("/unavailable")) {
            request.response()
                    .setStatusCode(503)
                    .putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":503,\"title\":\"Service unavailable\"}");
            return;
        }
        if (path.endsWith("/busy-bare")) {
            request.response().setStatusCode(429).end();
            return;
        }
        if (path.endsWith("/busy")) {
            request.response().setStatusCode(429).putHeader("Retry-After", "7").end();
            return;
        }
        if (path.endsWith("/moved-elsewhere")) {
            request.response()
                    .setStatusCode(302)
                    .putHeader("Location", "https://dichvucong.gov.vn/p/home")
                    .end();
            return;
        }
        if (path.endsWith("/weak-headers")) {
            // a service trying to weaken the gateway's security headers
            request.response()
                    .putHeader("Content-Type", "text/html")
                    .putHeader("Content-Security-Policy", "default-src * 'unsafe-inline' 'unsafe-eval'")
                    .putHeader("X-Frame-Options", "ALLOWALL")
                    .putHeader("X-Content-Type-Options", "sniff")
                    .putHeader("Referrer-Policy", "unsafe-url")
                    .putHeader("Permissions-Policy", "camera=*")
                    .putHeader("Strict-Transport-Security", "max-age=0")
                    .end("<p>weak</p>");
            return;
        }
        if (path.endsWith("/big")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (i % 251);
            }
            for (int written = 0; written < BIG_BODY_BYTES; written += chunk.length) {
                request.response().write(Buffer.buffer(chunk));
            }
            request.response().end();
            return;
        }
        request.body().onSuccess(body -> {
            Runnable answer = () -> {
                if (request.response().closed()) {
                    return;
                }
                JsonObject headers = new JsonObject();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                JsonObject echo = new JsonObject()
                        .put("service", name)
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("path", path)
                        .put("query", request.query())
                        .put("headers", headers)
                        .put("bodyLength", body.length())
                        .put("bodySha256", sha256(body));
                request.response().putHeader("Content-Type", "application/json").end(echo.encode());
            };
            if (path.endsWith("/slow")) {
                vertx.setTimer(3000, id -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    static String sha256(Buffer body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
