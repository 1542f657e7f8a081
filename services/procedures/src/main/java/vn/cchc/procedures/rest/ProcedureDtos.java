package vn.cchc.procedures.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.TimeUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Request and response bodies of the procedures API. */
public final class ProcedureDtos {

    private ProcedureDtos() {
    }

    public record ProcessingTimeDto(
            @NotNull @Positive @Digits(integer = 6, fraction = 2) BigDecimal value,
            @NotNull TimeUnit unit) {
    }

    public record CreateProcedureRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9.\\-]+", message = "letters, digits, '.' and '-' only")
            String code,
            @NotBlank @Size(max = 1000) String name,
            @NotBlank @Size(max = 300) String field,
            @NotBlank @Pattern(regexp = "[A-Z_]{2,30}", message = "an upper-case level code such as PROVINCE or COMMUNE")
            String level,
            @NotNull @Valid ProcessingTimeDto processingTime) {
    }

    public record PublicationRequest(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @NotNull LocalDate effectiveDate) {
    }

    public record ProcedureView(
            String code,
            String name,
            String field,
            String level,
            ProcedureState state,
            long version,
            ProcessingTimeDto processingTime,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }
}
