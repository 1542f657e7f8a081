package vn.cchc.dossiers.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;

/**
 * The settings of the dossiers service read by its code, in one place (names unchanged; see the README's
 * configuration table). The intervals of the scheduled jobs ({@code cchc.watch.interval},
 * {@code cchc.service-index.interval}, {@code cchc.notify.interval}) are read by their {@code @Scheduled} expressions.
 */
@ConfigMapping(prefix = "cchc")
public interface DossiersConfig {

    /** {@code cchc.demo-data}: seed the demo dossiers of province H99 once its units and catalogue have arrived. */
    @WithDefault("false")
    boolean demoData();

    /**
     * {@code cchc.trusted-proxies}: addresses whose {@code X-Forwarded-For} is believed (the gateway), for the
     * throttle of the public tracking.
     */
    @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1,::1")
    List<String> trustedProxies();

    ServiceIndex serviceIndex();

    @WithName("notify")
    Notifications notifications();

    /** {@code cchc.service-index.*}: the publisher of the QĐ 766 index. */
    interface ServiceIndex {
        /** {@code cchc.service-index.horizon-years}: how many years back a change is published again. */
        @WithDefault("5")
        int horizonYears();
    }

    /** {@code cchc.notify.*}: notifications to applicants. */
    interface Notifications {
        Sms sms();

        interface Sms {
            /** {@code cchc.notify.sms.enabled}: send SMS (else e-mail only). */
            @WithDefault("true")
            boolean enabled();
        }
    }
}
