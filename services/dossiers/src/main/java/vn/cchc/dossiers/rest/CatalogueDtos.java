package vn.cchc.dossiers.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

public final class CatalogueDtos {

    private CatalogueDtos() {}

    public record ProcessingTimeDto(
            BigDecimal value,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "Unit of measure of value (WORKING_DAY, DAY, HOUR...; not an administrative unit)")
            String unit) {}

    /** A procedure of the local catalogue copy, as dossier intake sees it. */
    public record CatalogueProcedureView(
            String code,
            String name,
            String field,
            String level,
            String state,
            long version,
            ProcessingTimeDto processingTime,
            OffsetDateTime sourceEventTime,
            OffsetDateTime updatedAt) {}

    /**
     * One version of a procedure in the local copy: {@code validFrom} first day in force, {@code validTo} last day
     * (inclusive, null = open). Dossiers received on a day take the version in force that day.
     */
    public record CatalogueVersionView(
            int version,
            LocalDate validFrom,
            LocalDate validTo,
            String decisionNumber,
            String name,
            ProcessingTimeDto processingTime,
            LocalTime afternoonCutoff) {}
}
