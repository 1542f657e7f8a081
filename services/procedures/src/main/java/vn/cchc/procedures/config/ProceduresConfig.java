package vn.cchc.procedures.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The settings of the procedures service read by its code, in one place (names unchanged; see the README). The
 * daily compliance job's schedule ({@code cchc.compliance.daily-cron}) is read by its {@code @Scheduled} expression.
 */
@ConfigMapping(prefix = "cchc")
public interface ProceduresConfig {

    /** {@code cchc.demo-data}: seed the demo province H99 (units, procedures, decisions, postings) at start. */
    @WithDefault("false")
    boolean demoData();

    /** {@code cchc.import.*}: imports of procedures. */
    @WithName("import")
    Import importing();

    Units units();

    interface Import {
        /** {@code cchc.import.max-bytes}: the largest file accepted. */
        @WithDefault("10485760")
        int maxBytes();

        /** {@code cchc.import.max-rows}: the most rows of one import. */
        @WithDefault("20000")
        int maxRows();
    }

    /** {@code cchc.units.*}. */
    interface Units {
        @WithName("import")
        UnitImport importing();

        /** {@code cchc.units.import.*}: imports of the unit tree. */
        interface UnitImport {
            /** {@code cchc.units.import.max-bytes}: the largest file accepted. */
            @WithDefault("5242880")
            int maxBytes();

            /** {@code cchc.units.import.max-rows}: the most rows of one import. */
            @WithDefault("5000")
            int maxRows();
        }
    }
}
