package vn.cchc.procedures.config;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the procedures service read by its code, in one place (names unchanged; see the README). The
 * daily compliance job's schedule ({@code cchc.compliance.daily-cron}) is read by its {@code @Scheduled} expression.
 * A holder of {@code @ConfigProperty} values rather than a {@code @ConfigMapping} of prefix {@code cchc}: a mapping
 * of that prefix would refuse to start on every {@code cchc.*} key it does not map (the shared library's own keys,
 * the scheduler expressions, any {@code CCHC_*} environment variable).
 */
@Singleton
public class ProceduresConfig {

    private final boolean demoData;
    private final int importMaxBytes;
    private final int importMaxRows;
    private final int unitImportMaxBytes;
    private final int unitImportMaxRows;

    public ProceduresConfig(
            @ConfigProperty(name = "cchc.demo-data", defaultValue = "false") boolean demoData,
            @ConfigProperty(name = "cchc.import.max-bytes", defaultValue = "10485760") int importMaxBytes,
            @ConfigProperty(name = "cchc.import.max-rows", defaultValue = "20000") int importMaxRows,
            @ConfigProperty(name = "cchc.units.import.max-bytes", defaultValue = "5242880") int unitImportMaxBytes,
            @ConfigProperty(name = "cchc.units.import.max-rows", defaultValue = "5000") int unitImportMaxRows) {
        this.demoData = demoData;
        this.importMaxBytes = importMaxBytes;
        this.importMaxRows = importMaxRows;
        this.unitImportMaxBytes = unitImportMaxBytes;
        this.unitImportMaxRows = unitImportMaxRows;
    }

    /** {@code cchc.demo-data}: seed the demo province H99 (units, procedures, decisions, postings) at start. */
    public boolean demoData() {
        return demoData;
    }

    /** {@code cchc.import.max-bytes}: the largest procedure import file. */
    public int importMaxBytes() {
        return importMaxBytes;
    }

    /** {@code cchc.import.max-rows}: the most rows of a procedure import. */
    public int importMaxRows() {
        return importMaxRows;
    }

    /** {@code cchc.units.import.max-bytes}: the largest unit import. */
    public int unitImportMaxBytes() {
        return unitImportMaxBytes;
    }

    /** {@code cchc.units.import.max-rows}: the most rows of a unit import. */
    public int unitImportMaxRows() {
        return unitImportMaxRows;
    }
}
