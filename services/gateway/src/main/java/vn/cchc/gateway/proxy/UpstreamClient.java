package vn.cchc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import vn.cchc.gateway.config.GatewayConfig;
import vn.cchc.gateway.routing.Route;

/** The Vert.x HTTP/1.1 client (pooled, keep-alive) used to reach the upstream services. */
@Singleton
public class UpstreamClient {

    private final HttpClient client;
    private final long connectTimeoutMillis;
    private final long responseTimeoutMillis;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.connectTimeoutMillis = config.connectTimeout().toMillis();
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        // A connection silent for longer than any response may take is dead: covers bodies that stall mid-way.
        long connectionIdleMillis =
                responseTimeoutMillis + Duration.ofSeconds(30).toMillis();
        HttpClientOptions options = new HttpClientOptions()
                .setName("cchc-upstreams")
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeoutMillis))
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setIdleTimeout((int) Math.min(Integer.MAX_VALUE, connectionIdleMillis))
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setDecompressionSupported(false)
                .setVerifyHost(true)
                // No client span per proxied request (a sixth of the gateway's CPU went to its two spans): the
                // request carries the gateway's server span as the service's parent instead (TraceHeaders).
                .setTracingPolicy(TracingPolicy.IGNORE);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(config.maxConnectionsPerUpstream())
                .setMaxWaitQueueSize(10_000);
        this.client = vertx.createHttpClient(options, pool);
    }

    /**
     * Obtains a connection and a request to one instance of a service. Fails (→ 503) if no connection can be had
     * within the connect timeout, which also bounds waiting for a free pooled connection.
     */
    public Future<HttpClientRequest> open(Route.Instance instance, HttpMethod method, String uri) {
        RequestOptions options = new RequestOptions()
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.tls())
                .setMethod(method)
                .setURI(uri)
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeoutMillis);
        return client.request(options);
    }

    /**
     * Starts the response timeout once the request (with its body) has been sent: the upstream then has
     * {@code response-timeout} to produce response headers, else the request is reset with a
     * {@link java.util.concurrent.TimeoutException} (→ 504). A slow client upload never counts against it.
     */
    public void startResponseTimeout(HttpClientRequest request) {
        if (!request.response().isComplete()) {
            request.idleTimeout(responseTimeoutMillis);
        }
    }

    public long responseTimeoutMillis() {
        return responseTimeoutMillis;
    }

    /** GETs an instance's health path and yields the status code (readiness data, balancing probes). */
    public Future<Integer> probe(Route.Instance instance, String healthPath, Duration timeout) {
        RequestOptions options = new RequestOptions()
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.tls())
                .setMethod(HttpMethod.GET)
                .setURI(healthPath)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        return client.request(options)
                .compose(HttpClientRequest::send)
                .compose((HttpClientResponse response) -> response.body().map(body -> response.statusCode()));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
