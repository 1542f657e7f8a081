package vn.cchc.procedures.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.procedures.domain.Channel;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.OnlineLevel;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.TimeUnit;

/** Request and response bodies of the catalogue API. */
public final class ProcedureDtos {

    private ProcedureDtos() {}

    public record ProcessingTimeDto(
            @NotNull @Positive @Digits(integer = 6, fraction = 2)
            BigDecimal value,

            @NotNull TimeUnit unit) {}

    public record FeeDto(
            @NotBlank @Size(max = 300) String name,

            @NotNull
            @PositiveOrZero
            @DecimalMax(value = "100000000000", message = "{cchc.procedures.fee-max}")
            @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @Size(max = 1000) String note) {}

    public record ComponentDto(
            @NotBlank @Size(max = 1000) String name,
            @Min(1) @Max(1000) int copies,
            boolean required,
            @Size(max = 300) String form) {}

    public record InternalStepDto(
            @NotBlank @Size(max = 500) String name,
            @Size(max = 300) String actor,

            @NotNull @Positive @Digits(integer = 6, fraction = 2)
            BigDecimal duration) {}

    /** Content of a procedure version; {@code code} is used only when creating. */
    public record ProcedureInput(
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.\\-]*", message = "{cchc.procedures.code}")
            String code,

            @NotBlank @Size(max = 1000) String name,
            @NotBlank @Size(max = 300) String field,

            @Size(max = 10)
            List<@NotBlank @Pattern(regexp = "[A-Z_]{2,30}", message = "{cchc.procedures.level}") String> levels,
            // the first shape of this API took one level; still accepted when levels is absent
            @Pattern(regexp = "[A-Z_]{2,30}", message = "{cchc.procedures.level}")
            String level,

            @Size(max = 60) String decidingAgencyCode,
            @Size(max = 500) List<@NotBlank @Size(max = 60) String> receivingPoints,
            // cách thức thực hiện; absent = DIRECT, as Cổng DVCQG treats a missing channel
            @Size(max = 3) List<@NotNull Channel> channels,
            OnlineLevel onlineLevel,
            boolean fullOnlineEligible,
            @NotNull @Valid ProcessingTimeDto processingTime,
            @Valid ProcessingTimeDto statutoryTime,
            @JsonFormat(pattern = "HH:mm") LocalTime afternoonCutoff,
            @Size(max = 500) List<@Valid @NotNull FeeDto> fees,
            @Size(max = 500) List<@Valid @NotNull ComponentDto> components,
            @Size(max = 500) List<@NotBlank @Size(max = 4000) String> steps,
            @Size(max = 4000) String applicants,
            @Size(max = 1000) String resultType,
            Boolean paperResultRequired,
            @Size(max = 8000) String conditions,
            @Size(max = 500) List<@NotBlank @Size(max = 1000) String> legalBasis,
            @Size(max = 500) List<@Valid @NotNull InternalStepDto> internalSteps) {}

    public record DecisionRef(
            Long id, String number, LocalDate decisionDate, LocalDate effectiveDate, DecisionAction action) {}

    public record ProcedureSummary(
            @Schema(examples = "1.001234.000.00.00.H99") String code,
            @Schema(examples = "Đăng ký khai sinh") String name,
            @Schema(examples = "Hộ tịch") String field,
            List<String> levels,
            String decidingAgencyCode,
            String decidingAgencyName,
            ProcessingTimeDto processingTime,
            OnlineLevel onlineLevel,
            ProcedureState state,
            int version,
            LocalDate validFrom) {}

    public record ProcedureView(
            String code,
            String baseCode,
            String name,
            String field,
            List<String> levels,
            String decidingAgencyCode,
            String decidingAgencyName,
            List<String> receivingPoints,
            List<Channel> channels,
            OnlineLevel onlineLevel,
            boolean fullOnlineEligible,
            ProcessingTimeDto processingTime,
            ProcessingTimeDto statutoryTime,
            @JsonFormat(pattern = "HH:mm") LocalTime afternoonCutoff,
            List<FeeDto> fees,
            List<ComponentDto> components,
            List<String> steps,
            String applicants,
            String resultType,
            boolean paperResultRequired,
            String conditions,
            List<String> legalBasis,
            List<InternalStepDto> internalSteps,
            ProcedureState state,
            int version,
            LocalDate validFrom,
            LocalDate validTo,
            boolean draft,
            boolean hasDraft,
            LocalDate abolishedOn,
            String replacedBy,
            DecisionRef decision,
            OffsetDateTime updatedAt) {}

    public record VersionSummary(
            int version,
            String name,
            ProcessingTimeDto processingTime,
            LocalDate validFrom,
            LocalDate validTo,
            boolean draft,
            DecisionRef decision) {}

    public record HistoryView(
            String code,
            ProcedureState state,
            LocalDate abolishedOn,
            String replacedBy,
            List<VersionSummary> versions,
            List<DecisionRef> decisions) {}

    public record FieldCount(String field, long count) {}

    /** The shortcut: a one-item PUBLISH decision. */
    public record PublicationRequest(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @NotNull LocalDate effectiveDate) {}

    public record DecisionItemInput(
            @NotBlank @Size(max = 60) String procedureCode,
            @NotNull DecisionAction action,
            @Size(max = 60) String replacedBy) {}

    public record DecisionInput(
            @NotBlank @Size(max = 100) String number,
            @Size(max = 1000) String title,
            @Size(max = 60) String issuerCode,
            @NotNull LocalDate decisionDate,
            @NotNull LocalDate effectiveDate,
            @NotEmpty @Size(max = 2000) List<@Valid @NotNull DecisionItemInput> items) {}

    public record DecisionItemView(String procedureCode, DecisionAction action, int version, String replacedBy) {}

    public record DecisionView(
            Long id,
            String number,
            String title,
            String issuerCode,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            OffsetDateTime recordedAt,
            String recordedBy,
            List<DecisionItemView> items) {}

    public record DecisionSummary(
            Long id,
            String number,
            String title,
            String issuerCode,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            OffsetDateTime recordedAt) {}

    public record TimeReductionRow(
            String key,
            String name,
            int procedures,
            int reduced,
            BigDecimal statutoryDays,
            BigDecimal inForceDays,
            BigDecimal reductionRate) {}
}
