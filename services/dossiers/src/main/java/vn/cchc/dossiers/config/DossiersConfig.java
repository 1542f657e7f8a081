package vn.cchc.dossiers.config;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the dossiers service read by its code, in one place (names unchanged; see the README's
 * configuration table). The intervals of the scheduled jobs ({@code cchc.watch.interval},
 * {@code cchc.service-index.interval}, {@code cchc.notify.interval}) are read by their {@code @Scheduled} expressions.
 * A holder of {@code @ConfigProperty} values rather than a {@code @ConfigMapping} of prefix {@code cchc}: a mapping
 * of that prefix would refuse to start on every {@code cchc.*} key it does not map (the shared library's own keys,
 * the scheduler expressions, any {@code CCHC_*} environment variable).
 */
@Singleton
public class DossiersConfig {

    private final boolean demoData;
    private final List<String> trustedProxies;
    private final int serviceIndexHorizonYears;
    private final boolean smsEnabled;
    private final Webhooks webhooks;

    /**
     * {@code cchc.webhooks.*} (docs/api/webhooks.md): whether http and loopback/private targets are allowed (the local
     * stack and tests only), subscriptions per client, the retry schedule (ISO-8601 delays, comma separated), the
     * sender's batch, concurrency and timeouts, how long finished deliveries are kept.
     */
    public record Webhooks(
            boolean allowPrivateTargets,
            int maxPerClient,
            String retrySchedule,
            int batch,
            int concurrency,
            Duration connectTimeout,
            Duration timeout,
            Duration retention) {}

    public DossiersConfig(
            @ConfigProperty(name = "cchc.demo-data", defaultValue = "false") boolean demoData,
            @ConfigProperty(name = "cchc.trusted-proxies", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1,::1")
                    List<String> trustedProxies,
            @ConfigProperty(name = "cchc.service-index.horizon-years", defaultValue = "5") int serviceIndexHorizonYears,
            @ConfigProperty(name = "cchc.notify.sms.enabled", defaultValue = "true") boolean smsEnabled,
            @ConfigProperty(name = "cchc.webhooks.allow-private-targets", defaultValue = "false") boolean allowPrivate,
            @ConfigProperty(name = "cchc.webhooks.max-per-client", defaultValue = "20") int maxPerClient,
            @ConfigProperty(
                            name = "cchc.webhooks.retry-schedule",
                            defaultValue = "PT30S,PT2M,PT10M,PT1H,PT3H,PT6H,PT12H")
                    String retrySchedule,
            @ConfigProperty(name = "cchc.webhooks.batch", defaultValue = "20") int batch,
            @ConfigProperty(name = "cchc.webhooks.concurrency", defaultValue = "4") int concurrency,
            @ConfigProperty(name = "cchc.webhooks.connect-timeout", defaultValue = "PT5S") Duration connectTimeout,
            @ConfigProperty(name = "cchc.webhooks.timeout", defaultValue = "PT10S") Duration timeout,
            @ConfigProperty(name = "cchc.webhooks.retention", defaultValue = "P30D") Duration retention) {
        this.demoData = demoData;
        this.trustedProxies = List.copyOf(trustedProxies);
        this.serviceIndexHorizonYears = serviceIndexHorizonYears;
        this.smsEnabled = smsEnabled;
        this.webhooks = new Webhooks(
                allowPrivate, maxPerClient, retrySchedule, batch, concurrency, connectTimeout, timeout, retention);
    }

    /** {@code cchc.webhooks.*}: see {@link Webhooks}. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** {@code cchc.demo-data}: seed the demo dossiers of province H99 once its units and catalogue have arrived. */
    public boolean demoData() {
        return demoData;
    }

    /**
     * {@code cchc.trusted-proxies}: addresses whose {@code X-Forwarded-For} is believed (the gateway), for the
     * throttle of the public tracking.
     */
    public List<String> trustedProxies() {
        return trustedProxies;
    }

    /** {@code cchc.service-index.horizon-years}: how many years back a change of the QĐ 766 figures is republished. */
    public int serviceIndexHorizonYears() {
        return serviceIndexHorizonYears;
    }

    /** {@code cchc.notify.sms.enabled}: send SMS to applicants (else e-mail only). */
    public boolean smsEnabled() {
        return smsEnabled;
    }
}
