package vn.cchc.dossiers.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.WebhookDelivery;
import vn.cchc.dossiers.domain.WebhookSignature;
import vn.cchc.shared.jobs.ClusterLock;

/**
 * Sends due webhook deliveries (docs/api/webhooks.md): on one instance at a time ({@link ClusterLock}), in bounded
 * batches claimed with SKIP LOCKED, each batch sent by a small pool ({@code cchc.webhooks.concurrency}) so that a slow
 * receiver holds one worker for at most its timeout, never the others. Each attempt is a POST of the stored body with
 * the Standard Webhooks headers, a fresh timestamp and signature; no redirect is followed, the answer's body is not
 * read; a 2xx ends the delivery, anything else schedules the next attempt ({@code cchc.webhooks.retry-schedule}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final String JOB = "dossiers.webhook-sending";
    static final String USER_AGENT = "CCHC-Webhooks/1";
    /** Batches per run at most, so one run ends and the lock passes on. */
    private static final int MAX_BATCHES = 50;

    private final WebhookService service;
    private final ClusterLock clusterLock;
    private final Clock clock;
    private final int batch;
    private final Duration timeout;
    private final Duration retention;
    private final HttpClient http;
    private final ExecutorService workers;

    public WebhookSender(WebhookService service, ClusterLock clusterLock, Clock clock, DossiersConfig config) {
        var settings = config.webhooks();
        int batch = settings.batch();
        int concurrency = settings.concurrency();
        Duration connectTimeout = settings.connectTimeout();
        Duration timeout = settings.timeout();
        Duration retention = settings.retention();
        this.service = service;
        this.clusterLock = clusterLock;
        this.clock = clock;
        this.batch = Math.max(1, Math.min(batch, 500));
        this.timeout = timeout;
        this.retention = retention;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.workers = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, 32)), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
        http.close();
    }

    @Scheduled(
            every = "{cchc.webhooks.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        clusterLock.runExclusively(JOB, this::sendDue);
    }

    /** Sends what is due now, batch by batch; yields how many attempts were made. */
    public int sendDue() {
        int sent = 0;
        // a claimed delivery is due again after the lease: longer than any batch can take
        Duration lease = timeout.multipliedBy(3).plusMinutes(1);
        for (int round = 0; round < MAX_BATCHES; round++) {
            List<UUID> ids = service.claimDue(batch, lease);
            if (ids.isEmpty()) {
                break;
            }
            List<Future<?>> running = new ArrayList<>();
            for (UUID id : ids) {
                running.add(workers.submit(() -> attempt(id)));
            }
            for (Future<?> f : running) {
                try {
                    f.get(lease.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sent;
                } catch (Exception e) {
                    LOG.warnf("webhook attempt did not end cleanly: %s", e.toString());
                }
            }
            sent += ids.size();
            if (ids.size() < batch) {
                break;
            }
        }
        int purged = service.purge(retention, 1000);
        if (purged > 0) {
            LOG.infof("purged %d finished webhook deliveries older than %s", purged, retention);
        }
        return sent;
    }

    private void attempt(UUID deliveryId) {
        var prepared = service.prepare(deliveryId).orElse(null);
        if (prepared == null) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        long started = System.nanoTime();
        WebhookDelivery.Outcome outcome = send(prepared, at);
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        service.record(deliveryId, outcome, at, millis);
    }

    private WebhookDelivery.Outcome send(WebhookService.Prepared p, OffsetDateTime at) {
        var refusal = service.checkTarget(p.url());
        if (refusal.isPresent()) {
            return new WebhookDelivery.Outcome(null, "refused: " + refusal.get().message());
        }
        byte[] body = p.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = at.toEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(p.url()))
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", USER_AGENT)
                .header("webhook-id", p.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(p.secret(), p.eventId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the answer's body is not read: closing the stream drops it
            try (InputStream ignored = response.body()) {
                return new WebhookDelivery.Outcome(response.statusCode(), null);
            }
        } catch (HttpTimeoutException e) {
            return new WebhookDelivery.Outcome(null, "timeout: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookDelivery.Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookDelivery.Outcome(null, "interrupted");
        }
    }
}
