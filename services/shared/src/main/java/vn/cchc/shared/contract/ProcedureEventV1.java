package vn.cchc.shared.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Payload (schema version 1) of the procedure events on {@code cchc.procedures.v1} (compacted), keyed
 * by the procedure code: {@code ProcedurePublished}, {@code ProcedureAmended}, {@code ProcedureAbolished}.
 * It carries the procedure as the decision left it: the version's content and validity, and
 * {@code sequence}, which grows with every event of the code. A consumer keeps the event with the
 * highest sequence it has seen and ignores older ones arriving late or twice. Fields after
 * {@code decision} were added compatibly (consumers must ignore unknown fields).
 * <p>
 * Validity: {@code validFrom} is the first day a version is in force (the effective date of the decision that
 * published it), {@code validTo} the last day (inclusive; the next version's {@code validFrom} minus one day), null
 * while open. Because the topic is compacted per code, every event also carries {@code versions}: all published
 * versions of the code with their validity and content, oldest first, so a consumer that only sees the last event
 * of a code still learns every version (docs/domain/procedure-versions.md §3). Events produced before that field
 * existed have it null; the top-level fields then describe the one version {@code version}.
 */
public record ProcedureEventV1(
        String code,
        String name,
        String field,
        /** First level, kept for v1 consumers; all levels are in {@code levels}. */
        String level,
        /** IN_FORCE, AMENDED or ABOLISHED as of {@code validFrom}/{@code abolishedOn}, or DRAFT. */
        String state,
        long version,
        ProcessingTime processingTime,
        Decision decision,
        long sequence,
        List<String> levels,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate abolishedOn,
        String replacedBy,
        String decidingAgencyCode,
        List<String> receivingPoints,
        List<String> channels,
        /** FULL (toàn trình), PARTIAL (một phần) or NONE. */
        String onlineLevel,
        boolean fullOnlineEligible,
        ProcessingTime statutoryTime,
        /** Procedures received after this time count from the next working day (e.g. 15:00), or null. */
        LocalTime afternoonCutoff,
        List<Fee> fees,
        List<InternalStep> internalSteps,
        /** Every published version of the code, oldest first, with its validity; null in events from before. */
        List<Version> versions) {

    public static final String PUBLISHED = "ProcedurePublished";
    public static final String AMENDED = "ProcedureAmended";
    public static final String ABOLISHED = "ProcedureAbolished";
    public static final int SCHEMA_VERSION = 1;

    /** The first shape of the payload (before sequence and the full content were added). */
    public ProcedureEventV1(
            String code,
            String name,
            String field,
            String level,
            String state,
            long version,
            ProcessingTime processingTime,
            Decision decision) {
        this(
                code,
                name,
                field,
                level,
                state,
                version,
                processingTime,
                decision,
                version,
                level == null ? List.of() : List.of(level),
                decision == null ? null : decision.effectiveDate(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                "NONE",
                false,
                null,
                null,
                List.of(),
                List.of());
    }

    /** The shape before {@code versions} was added (no version history). */
    public ProcedureEventV1(
            String code,
            String name,
            String field,
            String level,
            String state,
            long version,
            ProcessingTime processingTime,
            Decision decision,
            long sequence,
            List<String> levels,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate abolishedOn,
            String replacedBy,
            String decidingAgencyCode,
            List<String> receivingPoints,
            List<String> channels,
            String onlineLevel,
            boolean fullOnlineEligible,
            ProcessingTime statutoryTime,
            LocalTime afternoonCutoff,
            List<Fee> fees,
            List<InternalStep> internalSteps) {
        this(
                code,
                name,
                field,
                level,
                state,
                version,
                processingTime,
                decision,
                sequence,
                levels,
                validFrom,
                validTo,
                abolishedOn,
                replacedBy,
                decidingAgencyCode,
                receivingPoints,
                channels,
                onlineLevel,
                fullOnlineEligible,
                statutoryTime,
                afternoonCutoff,
                fees,
                internalSteps,
                null);
    }

    /** This event with the version history {@code versions}. */
    public ProcedureEventV1 withVersions(List<Version> versions) {
        return new ProcedureEventV1(
                code,
                name,
                field,
                level,
                state,
                version,
                processingTime,
                decision,
                sequence,
                levels,
                validFrom,
                validTo,
                abolishedOn,
                replacedBy,
                decidingAgencyCode,
                receivingPoints,
                channels,
                onlineLevel,
                fullOnlineEligible,
                statutoryTime,
                afternoonCutoff,
                fees,
                internalSteps,
                List.copyOf(versions));
    }

    /** The order in which events of one code must be applied: sequence, or the version for early events. */
    public long ordering() {
        return sequence > 0 ? sequence : version;
    }

    /** Thời hạn giải quyết: value and unit (HOURS, DAYS, WORKING_DAYS, MONTHS). */
    public record ProcessingTime(BigDecimal value, String unit) {}

    /** Quyết định công bố behind this event, and what it did (PUBLISH, AMEND, ABOLISH, REPLACE). */
    public record Decision(String number, LocalDate decisionDate, LocalDate effectiveDate, String action) {
        public Decision(String number, LocalDate decisionDate, LocalDate effectiveDate) {
            this(number, decisionDate, effectiveDate, "PUBLISH");
        }
    }

    /**
     * One published version of the procedure: its number, validity ({@code validFrom} first day, {@code validTo}
     * last day inclusive, null = open), the decision that published it, and what dossiers need of its content.
     */
    public record Version(
            long version,
            LocalDate validFrom,
            LocalDate validTo,
            Decision decision,
            String name,
            String field,
            List<String> levels,
            String decidingAgencyCode,
            String onlineLevel,
            ProcessingTime processingTime,
            ProcessingTime statutoryTime,
            LocalTime afternoonCutoff,
            List<Fee> fees,
            List<InternalStep> internalSteps) {}

    /** Phí, lệ phí in đồng. */
    public record Fee(String name, BigDecimal amount, String note) {}

    /** Step of the quy trình nội bộ with its budget in the unit of the processing time. */
    public record InternalStep(String name, String actor, BigDecimal duration) {}
}
