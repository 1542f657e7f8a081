package vn.cchc.inspections.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.inspections.service.validation.YearRange;

/**
 * Inputs and results of the inspections use cases; the API receives and sends them as they are (their JSON is the
 * API's request and response shape), so the services take and return them without knowing the HTTP layer (issue 13:
 * rest → service → repository/domain). The use case validates an input after its access check ({@link Inputs}).
 * Every input is bounded: strings by {@code @Size}, lists by {@code @Size} (no {@code null} elements: the shared
 * JSON reader refuses {@code [null]}), numbers by their column's range, dates by {@link YearRange} (1900–2100; rules
 * that need the working calendar narrow it in the use case).
 */
public final class InspectionDtos {

    /** Most content groups a plan covers. */
    public static final int MAX_PLAN_GROUPS = 50;
    /** Most members of an inspection team. */
    public static final int MAX_TEAM = 100;
    /** Most inspected units of one plan (a province has a few hundred units to inspect at most). */
    public static final int MAX_PLAN_INSPECTIONS = 300;
    /** Most figures of one finding, typed or pulled. */
    public static final int MAX_FIGURES = 50;
    /** Most answers of a self-inspection report. */
    public static final int MAX_SELF_REPORT_ITEMS = 1000;

    private InspectionDtos() {}

    // ---------------------------------------------------------------- content groups

    /**
     * An official calendar decision the deadlines follow: {@code kind} HOLIDAY, COMPENSATORY_OFF or SWAPPED_WORKDAY;
     * {@code province} the key it came from ('VN' = national), {@code sequence} that of the applied
     * {@code CalendarYearChanged} event of that province's year; {@code source} always {@code DECISION} (the statutory
     * defaults, LAW and COMPENSATION, are computed and not listed here; docs/domain/calendar.md §8).
     */
    public record CalendarEntryView(
            LocalDate date, String kind, String note, String province, long sequence, String source) {}

    /** {@code sortOrder} defaults to 0. */
    public record ContentGroupInput(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
            @NotBlank @Size(max = 300) String nameVi,
            @NotBlank @Size(max = 300) String nameEn,
            @Min(0) @Max(10000) Integer sortOrder,
            @NotNull @YearRange LocalDate validFrom,
            @YearRange LocalDate validTo) {}

    /** {@code sortOrder} defaults to 0; {@code validFrom} to the group's. */
    public record ChecklistItemInput(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}") String code,
            @NotBlank @Size(max = 1000) String textVi,
            @Min(0) @Max(10000) Integer sortOrder,
            @YearRange LocalDate validFrom,
            @YearRange LocalDate validTo) {}

    public record ChecklistItemView(
            Long id,
            String groupCode,
            String code,
            String textVi,
            int sortOrder,
            LocalDate validFrom,
            LocalDate validTo) {}

    // ---------------------------------------------------------------- plans

    public record TeamMemberInput(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 300) String agency,

            @NotNull @Pattern(regexp = "LEADER|DEPUTY|MEMBER|SECRETARY")
            String role,

            @Size(max = 200) String username) {}

    public record TeamMemberView(Long id, String name, String agency, String role, String username) {}

    public record InspectionInput(
            @NotBlank @Size(max = 64) String unitCode,
            @NotNull @YearRange LocalDate scheduledFrom,
            @NotNull @YearRange LocalDate scheduledTo,
            @YearRange LocalDate periodFrom,
            @YearRange LocalDate periodTo) {}

    public record PlanInput(
            @NotBlank @Size(max = 100) String number,
            @NotNull @YearRange LocalDate planDate,
            @NotBlank @Size(max = 300) String issuer,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Size(max = 4000) String scope,
            @NotEmpty @Size(max = MAX_PLAN_GROUPS) List<@NotBlank @Size(max = 40) String> contentGroups,
            @Size(max = MAX_TEAM) List<@NotNull @Valid TeamMemberInput> team,
            @Size(max = MAX_PLAN_INSPECTIONS) List<@NotNull @Valid InspectionInput> inspections) {}

    public record PlanUpdate(
            @NotBlank @Size(max = 100) String number,
            @NotNull @YearRange LocalDate planDate,
            @NotBlank @Size(max = 300) String issuer,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Size(max = 4000) String scope,
            @NotEmpty @Size(max = MAX_PLAN_GROUPS) List<@NotBlank @Size(max = 40) String> contentGroups) {}

    public record PlanSummary(
            UUID id,
            String number,
            LocalDate planDate,
            String issuer,
            int year,
            String provinceCode,
            int inspections) {}

    public record PlanView(
            UUID id,
            String number,
            LocalDate planDate,
            String issuer,
            int year,
            String scope,
            String provinceCode,
            List<String> contentGroups,
            List<TeamMemberView> team,
            List<InspectionView> inspections,
            long version) {}

    public record DashboardRow(
            UUID inspectionId,
            String unitCode,
            String unitName,
            LocalDate scheduledFrom,
            LocalDate scheduledTo,
            String status,
            boolean selfReportSubmitted,
            long strengths,
            long weaknesses,
            LocalDate conclusionDue,
            boolean conclusionIssued,
            boolean conclusionLate,
            long remediationTotal,
            long remediationCompleted,
            long remediationOverdue) {}

    public record Dashboard(UUID planId, String number, int year, List<DashboardRow> units) {}

    // ---------------------------------------------------------------- inspections

    public record InspectionView(
            UUID id,
            UUID planId,
            String planNumber,
            int year,
            String unitCode,
            String unitName,
            String unitPath,
            LocalDate scheduledFrom,
            LocalDate scheduledTo,
            LocalDate periodFrom,
            LocalDate periodTo,
            String status,
            OffsetDateTime startedAt,
            LocalDate endedOn,
            LocalDate conclusionDue,
            boolean conclusionLate,
            long version) {}

    public record ScheduleInput(
            @NotNull @YearRange LocalDate scheduledFrom,
            @NotNull @YearRange LocalDate scheduledTo,
            @YearRange LocalDate periodFrom,
            @YearRange LocalDate periodTo) {}

    public record EndInput(@YearRange LocalDate endedOn) {}

    public record SelfReportItemInput(
            @NotNull @Positive Long itemId,

            @NotNull @Pattern(regexp = "DONE|PARTIAL|NOT_DONE|NOT_APPLICABLE")
            String status,

            @Size(max = 4000) String note) {}

    public record SelfReportInput(
            @Size(max = 20000) String summary,
            @NotNull @Size(max = MAX_SELF_REPORT_ITEMS) List<@NotNull @Valid SelfReportItemInput> items) {}

    public record SelfReportItemView(long itemId, String status, String note) {}

    public record SelfReportView(
            UUID inspectionId,
            String summary,
            String submittedBy,
            OffsetDateTime submittedAt,
            List<SelfReportItemView> items) {}

    public record ChecklistEntry(
            Long itemId, String code, String textVi, SelfReportItemView selfReport, long findings) {}

    public record ChecklistGroup(String code, String nameVi, List<ChecklistEntry> items) {}

    // ---------------------------------------------------------------- evidence

    public record FigureView(
            String key,
            String label,
            BigDecimal value,

            @Schema(description = "Unit of measure of value, e.g. hồ sơ or % (not an administrative unit)")
            String unit,

            String source,
            OffsetDateTime asOf,
            LocalDate periodFrom,
            LocalDate periodTo,
            String detail) {}

    public record EvidenceView(
            UUID inspectionId,
            String unitCode,
            LocalDate asOf,
            LocalDate periodFrom,
            LocalDate periodTo,
            List<FigureView> figures) {}

    public record LateDossierView(
            String code,
            String procedureCode,
            String unitCode,
            String receivingUnitCode,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime extendedDueAt,
            OffsetDateTime resolvedAt,
            boolean withApology,
            Boolean apologyTimely,
            OffsetDateTime apologyAt) {}

    // ---------------------------------------------------------------- findings

    /** {@code value} fits the column numeric(19,4). */
    public record FigureInput(
            @NotBlank @Size(max = 80) String key,
            @NotBlank @Size(max = 300) String label,

            @NotNull
            @Digits(integer = 15, fraction = 4)
            @DecimalMin("-999999999999999.9999")
            @DecimalMax("999999999999999.9999")
            BigDecimal value,

            @Schema(description = "Unit of measure of value, e.g. hồ sơ or % (not an administrative unit)")
            @Size(max = 20)
            String unit,

            @Size(max = 120) String source,
            @YearRange OffsetDateTime asOf,
            @Size(max = 2000) String detail) {}

    public record FindingInput(
            @NotNull @Pattern(regexp = "STRENGTH|WEAKNESS") String kind,
            @NotBlank @Size(max = 40) String groupCode,
            @Positive Long itemId,
            @NotBlank @Size(max = 20000) String text,
            @Size(max = MAX_FIGURES) List<@NotNull @Valid FigureInput> figures,
            @Size(max = MAX_FIGURES) List<@NotBlank @Size(max = 80) String> evidenceKeys) {}

    public record PullInput(
            @NotBlank @Size(max = 80) String key, @YearRange LocalDate asOf) {}

    public record DocumentView(
            UUID id,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {}

    public record FindingView(
            UUID id,
            UUID inspectionId,
            String kind,
            String groupCode,
            Long itemId,
            String text,
            List<FigureView> figures,
            List<DocumentView> documents,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    // ---------------------------------------------------------------- conclusion

    public record ConclusionInput(
            @Size(max = 100) String number,
            @YearRange LocalDate noticeDate,
            @Size(max = 200) String signer,
            @Size(max = 300) String signerTitle,
            @Size(max = 20000) String strengths,
            @Size(max = 20000) String shortcomings,
            @Size(max = 20000) String requests) {}

    public record ConclusionView(
            UUID inspectionId,
            String number,
            LocalDate noticeDate,
            String signer,
            String signerTitle,
            String strengths,
            String shortcomings,
            String requests,
            boolean issued,
            OffsetDateTime issuedAt,
            LocalDate dueDate,
            boolean late) {}

    // ---------------------------------------------------------------- remediation

    public record RemediationInput(
            @NotBlank @Size(max = 4000) String requirement,
            @Size(max = 64) String responsibleUnitCode,
            @YearRange LocalDate deadline) {}

    public record RemediationReportInput(
            @NotBlank @Size(max = 20000) String report) {}

    public record ReturnInput(@NotBlank @Size(max = 4000) String reason) {}

    public record RemediationView(
            UUID id,
            UUID inspectionId,
            String unitName,
            String requirement,
            String responsibleUnitCode,
            LocalDate deadline,
            String status,
            boolean overdue,
            String report,
            String reportedBy,
            OffsetDateTime reportedAt,
            String returnReason,
            OffsetDateTime completedAt,
            List<DocumentView> documents) {}

    // ---------------------------------------------------------------- work counts (issue 17 §4)

    /** Answer of {@code GET /api/v1/inspections/work-counts}: the inspector's open work, each count a list's total. */
    public record InspectionWorkCounts(
            @Schema(description = "The inspector's province (root of its unit's path)", examples = "H99")
            String provinceCode,

            @Schema(description = "The day the counts were taken (Vietnam time): what \"overdue\" is measured against")
            LocalDate asOf,

            @Schema(
                    description = "Kết luận phải ban hành: inspections whose visit ended and whose conclusion notice "
                            + "is not issued yet (status ENDED); list `GET /api/v1/inspections?conclusion=DUE`")
            long conclusionsDue,

            @Schema(
                    description = "Kết luận quá hạn: of those, the ones whose due date (conclusionDue) is before "
                            + "asOf; list `GET /api/v1/inspections?conclusion=OVERDUE`")
            long conclusionsOverdue,

            @Schema(
                    description = "Khắc phục quá hạn: remediation items not reported (status OPEN) whose deadline is "
                            + "before asOf; list `GET /api/v1/inspections/remediation?overdue=true`")
            long remediationOverdue) {}
}
