package vn.cchc.inspections.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the inspections service reads from {@code cchc.inspections.*} (application.properties). A property
 * under that prefix that is not declared here fails the start.
 */
@ConfigMapping(prefix = "cchc.inspections")
public interface InspectionsConfig {

    /** The conclusion notice is due this many working days after the inspection ends (TT 02/2017/TT-VPCP Điều 46). */
    @WithDefault("15")
    int conclusionWorkingDays();

    /** A remediation item's default deadline: this many working days after the conclusion notice. */
    @WithDefault("15")
    int remediationWorkingDays();

    Watch watch();

    Documents documents();

    Directory directory();

    interface Watch {
        /** How often the remediation overdue watch runs ({@code off} in tests); its {@code @Scheduled} reads it. */
        @WithDefault("1h")
        String interval();
    }

    /**
     * The documents attached to findings and remediation items. Where they are stored is the shared file store's
     * configuration ({@code cchc.files.*}, shared README), not this service's.
     */
    interface Documents {
        /** The largest document accepted, in bytes. */
        @WithDefault("10485760")
        long maxBytes();
    }

    /**
     * The user directory behind the team picker: Keycloak's admin REST API, read with this service's own
     * confidential client (client credentials; realm-management roles view-users and query-users only). The
     * server and realm are those of {@code quarkus.oidc.auth-server-url}.
     */
    interface Directory {
        /** The client of the realm this service signs in with. */
        @WithDefault("cchc-inspections-directory")
        String clientId();

        /** Its secret, from the environment (CCHC_INSPECTIONS_DIRECTORY_CLIENT_SECRET); none: the picker answers 503. */
        java.util.Optional<String> clientSecret();

        /** At most this many accounts are read from the realm. */
        @WithDefault("5000")
        int maxUsers();

        /** How long the list read from Keycloak is kept. */
        @WithDefault("60S")
        java.time.Duration cacheTtl();
    }
}
