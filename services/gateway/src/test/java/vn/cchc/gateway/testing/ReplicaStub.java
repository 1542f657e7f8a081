package vn.cchc.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service behind the gateway, on a real loopback socket. It records every API request it
 * received as {@code "METHOD marker"} (marker: the {@code m} query parameter, else the body) and behaves
 * according to its mode: {@code ok} answers 200 {@code {"instance": name}}; {@code sick} answers 503 to
 * everything, its health path included; {@code reset} reads the request and closes the connection without an
 * answer (an instance dying mid-request), its health path still answering 200.
 * Controlled over HTTP (tests and the gateway may run in different class loaders): {@code PUT /__mode/<mode>},
 * {@code GET /__received} (JSON array), {@code DELETE /__received}.
 */
public final class ReplicaStub {

    private final HttpServer server;
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private volatile String mode;

    private ReplicaStub(HttpServer server, String mode) {
        this.server = server;
        this.mode = mode;
    }

    public static ReplicaStub start(Vertx vertx, String name, String mode) throws Exception {
        HttpServer server = vertx.createHttpServer();
        ReplicaStub stub = new ReplicaStub(server, mode);
        server.requestHandler(request -> stub.handle(name, request));
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return stub;
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void handle(String name, HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__mode/")) {
            mode = path.substring("/__mode/".length());
            request.response().end(mode);
            return;
        }
        if (path.equals("/__received")) {
            if (request.method().name().equals("DELETE")) {
                received.clear();
            }
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonArray(List.copyOf(received)).encode());
            return;
        }
        String current = mode;
        if (path.equals("/q/health/ready")) {
            request.response().setStatusCode(current.equals("sick") ? 503 : 200).end("{}");
            return;
        }
        request.body().onSuccess(body -> {
            String marker = request.getParam("m") != null ? request.getParam("m") : body.toString();
            received.add(request.method().name() + " " + marker);
            switch (current) {
                case "sick" -> request.response().setStatusCode(503).end();
                case "reset" -> request.connection().close();
                default ->
                    request.response()
                            .putHeader("Content-Type", "application/json")
                            .end("{\"instance\":\"" + name + "\"}");
            }
        });
    }
}
