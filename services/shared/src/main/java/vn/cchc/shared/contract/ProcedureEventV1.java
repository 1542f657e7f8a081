package vn.cchc.shared.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Payload (schema version 1) of the procedure events on {@code cchc.procedures.v1}, keyed by the
 * procedure code: {@code ProcedurePublished}, and later {@code ProcedureAmended} and
 * {@code ProcedureAbolished}. It carries the procedure's state as of {@code version}, so a consumer
 * keeps the highest version it has seen and ignores older ones arriving late.
 */
public record ProcedureEventV1(
        String code,
        String name,
        String field,
        String level,
        String state,
        long version,
        ProcessingTime processingTime,
        Decision decision) {

    public static final String PUBLISHED = "ProcedurePublished";
    public static final int SCHEMA_VERSION = 1;

    /** Thời hạn giải quyết: value and unit (HOURS, DAYS, WORKING_DAYS, MONTHS). */
    public record ProcessingTime(BigDecimal value, String unit) {
    }

    /** Quyết định công bố that put this version in force. */
    public record Decision(String number, LocalDate decisionDate, LocalDate effectiveDate) {
    }
}
