package vn.cchc.dossiers.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.dossiers.domain.DossierStatus;

/** Request and response bodies of the dossiers API. */
public final class DossierDtos {

    /** OpenAPI text of {@code statusCode}: the SPA shows this value and never derives it from the status name. */
    static final String STATUS_CODE =
            "National portal (DVCQG) code 1–10 of `status` (DossierStatus, docs/domain/dossiers.md §3.2): "
                    + "1 REGISTERED, 2 RECEIVED, 3 REFUSED, 4 PROCESSING, 5 SUPPLEMENT_REQUESTED, 6 FINANCIAL_OBLIGATION, 7 WITHDRAWN, "
                    + "8 STOPPED, 9 RESOLVED, 10 RETURNED";

    private DossierDtos() {}

    public record ApplicantDto(
            @NotBlank @Size(max = 300) String name,

            @Pattern(regexp = "\\d{9,12}", message = "{cchc.dossiers.id-number}")
            String idNumber,

            @NotBlank @Pattern(regexp = "\\+?[0-9 .-]{8,20}", message = "{cchc.dossiers.phone}")
            String phone,

            @Email @Size(max = 200) String email,
            @Size(max = 500) String address) {}

    public record ComponentDto(
            @NotBlank @Size(max = 1000) String name,
            @Min(1) @Max(100) int copies) {}

    public record ReceiveInput(
            @Schema(examples = "1.001234.000.00.00.H99") @NotBlank @Size(max = 60)
            String procedureCode,

            @Schema(description = "The xã (or other unit) whose Bộ phận Một cửa receives it", examples = "H99.X01")
            @NotBlank
            @Size(max = 60)
            String receivingUnitCode,

            @Size(max = 60) String decidingUnitCode,
            @NotNull String channel,
            @NotNull @Valid ApplicantDto applicant,
            @Size(max = 2000) String content,
            @Size(max = 200) List<@Valid @NotNull ComponentDto> components,
            OffsetDateTime receivedAt,
            String returnMethod,
            boolean registered,
            boolean digitised) {}

    public record DuePreviewInput(
            @NotBlank @Size(max = 60) String procedureCode,
            @Size(max = 60) String receivingUnitCode,
            OffsetDateTime receivedAt) {}

    public record DuePreviewView(
            OffsetDateTime clockStartAt,
            OffsetDateTime dueAt,
            BigDecimal processingTime,

            @Schema(description = "Unit of measure of processingTime (not an administrative unit)")
            String unit) {}

    public record ActionInput(
            @Size(max = 2000) String note,
            @Size(max = 2000) String reason,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> items,
            @Size(max = 500) String stepName,
            @Size(max = 60) String toUnitCode,
            @Size(max = 100) String toUser,
            OffsetDateTime newDueAt,
            @Size(max = 200) String signer,
            String method,
            Boolean resultElectronic) {}

    public record ApologyView(
            String number,
            String reason,
            OffsetDateTime originalDueAt,
            OffsetDateTime newDueAt,
            String signer,
            OffsetDateTime issuedAt,
            boolean timely,
            String issuingUnitCode) {}

    /** A numbered notice of the dossier: Mẫu 02 ({@code MAU02}), 03, 05 with its number and issuing unit. */
    public record NoticeView(String form, String number, String issuingUnitCode, OffsetDateTime issuedAt) {}

    /**
     * The dossier's numbers (docs/domain/forms.md §2, §3): its Giấy tiếp nhận (Mẫu 01) number, its line in the book
     * (Mẫu 07: volume = year, entry), and its notices; the apology's number is on {@code apology}.
     */
    public record NumbersView(String receiptNumber, Integer bookVolume, Integer bookEntry, List<NoticeView> notices) {}

    public record PauseView(String kind, OffsetDateTime from, OffsetDateTime to) {}

    public record HandoverView(
            int stepNo,
            String stepName,
            String fromUser,
            String toUser,
            String toUnitCode,
            OffsetDateTime at,
            BigDecimal budgetHours,
            BigDecimal usedHours,
            String result) {}

    /**
     * A history step: {@code at} when it happened (the original time for a dossier from an older system),
     * {@code recordedAt} when this service wrote it, {@code action} the code and {@code label} its Vietnamese name.
     */
    public record HistoryView(
            OffsetDateTime at,
            OffsetDateTime recordedAt,
            String actor,
            String action,
            String label,
            DossierStatus fromStatus,
            DossierStatus toStatus,
            String note) {}

    public record DossierSummary(
            String code,
            DossierStatus status,
            @Schema(description = STATUS_CODE) int statusCode,
            String procedureCode,
            String procedureName,
            String receivingUnitCode,
            String decidingUnitCode,
            String channel,
            String applicantName,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime effectiveDueAt,
            String classification,
            boolean overdue,
            boolean dueSoon,
            boolean hasApology,
            boolean lateWithoutApology) {}

    public record DossierView(
            String code,
            DossierStatus status,
            @Schema(description = STATUS_CODE) int statusCode,
            String procedureCode,
            String procedureName,
            String field,
            String receivingUnitCode,
            String decidingUnitCode,
            String channel,
            ApplicantDto applicant,
            String content,
            List<ComponentDto> components,
            OffsetDateTime receivedAt,
            OffsetDateTime clockStartAt,
            OffsetDateTime dueAt,
            OffsetDateTime extendedDueAt,
            OffsetDateTime effectiveDueAt,
            OffsetDateTime resolvedAt,
            OffsetDateTime returnedAt,
            String returnMethod,
            String classification,
            boolean overdue,
            boolean dueSoon,
            ApologyView apology,

            @Schema(
                    description =
                            "The last day (yyyy-MM-dd, Vietnamese local date) on which an apology letter (Mẫu 04) "
                                    + "issued now would still be timely: the working day before the date of the original due "
                                    + "time (docs/domain/dossiers.md §3.6, ApologyRules.timelyUntil); null without a due date",
                    examples = "2026-03-11")
            LocalDate apologyTimelyUntil,

            boolean lateWithoutApology,
            List<PauseView> pauses,
            List<HandoverView> handovers,
            List<HistoryView> history,
            List<String> allowedActions,
            NumbersView numbers) {}

    /** A step of public tracking: when it happened, the status after it, the action code and its Vietnamese name. */
    public record TrackingHistory(OffsetDateTime at, DossierStatus status, String action, String label) {}

    public record TrackingView(
            String code,
            String procedureName,
            DossierStatus status,
            @Schema(description = STATUS_CODE) int statusCode,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime effectiveDueAt,
            OffsetDateTime resolvedAt,
            OffsetDateTime returnedAt,
            List<TrackingHistory> history,

            @Schema(
                    description = "Whether the dossier has been rated already (a dossier is rated once: the app does "
                            + "not offer rating again)")
            boolean rated) {}

    public record RatingInput(
            @NotBlank @Pattern(regexp = "\\+?[0-9 .-]{4,20}", message = "{cchc.dossiers.phone}")
            String phone,

            @NotNull @Size(max = 20) Map<@NotNull @Size(max = 60) String, @Size(max = 30) String> answers) {}

    /** A rating by a signed-in citizen of their own dossier: the answers alone (no phone digits). */
    public record MyRatingInput(
            @NotNull @Size(max = 20) Map<@NotNull @Size(max = 60) String, @Size(max = 30) String> answers) {}

    /** The five work counts (docs/domain/dossiers.md §3.11); each is listed by the worklist filter named. */
    public record WorkCountsDto(
            @Schema(description = "Chờ xử lý: received (status 2), not yet processed; worklist `status=RECEIVED`")
            long waiting,

            @Schema(description = "Đang xử lý: status 4; worklist `status=PROCESSING`")
            long inProgress,

            @Schema(
                    description = "Sắp đến hạn: clock running (status 2, 4), due time not passed and on or before the "
                            + "next working day of the province (the worklist's row warning); worklist `due=SOON`")
            long dueSoon,

            @Schema(description = "Quá hạn: open (paused included), due time passed; worklist `due=OVERDUE`")
            long overdue,

            @Schema(
                    description = "Quá hạn chưa có thư xin lỗi: overdue, no apology letter (Mẫu 04); worklist "
                            + "`due=OVERDUE_WITHOUT_APOLOGY`")
            long overdueWithoutApology) {

        static WorkCountsDto of(vn.cchc.dossiers.domain.WorkCounts c) {
            return new WorkCountsDto(c.waiting(), c.inProgress(), c.dueSoon(), c.overdue(), c.overdueWithoutApology());
        }
    }

    /** One unit's work counts. */
    public record UnitWorkCountsView(
            @Schema(
                    description = "A unit of the scope; its counts are those of the worklist filtered by `unitCode` "
                            + "(dossiers it received or decides)",
                    examples = "H99.X01.MC")
            String unitCode,

            @Schema(
                    description = "Its name in the unit copy; null when unknown",
                    examples = "Bộ phận Một cửa xã An Phú")
            String unitName,

            WorkCountsDto counts) {}

    /** Answer of {@code GET /api/v1/dossiers/work-counts}. */
    public record WorkCountsView(
            @Schema(
                    description =
                            "The unit whose subtree is counted (the caller's; the province for admins and inspectors)",
                    examples = "H99.X01")
            String unitCode,

            @Schema(description = "When the counts were taken")
            OffsetDateTime asOf,

            @Schema(
                    description =
                            "End (exclusive) of the due-soon window: the start of the day after the next working day")
            OffsetDateTime dueSoonUntil,

            WorkCountsDto counts,

            @Schema(
                    description =
                            "Per unit of the scope with open dossiers, in tree order (leaders, admins, inspectors; "
                                    + "empty for others). A dossier received at one unit and decided by another counts for both.")
            List<UnitWorkCountsView> units) {

        static final String EXAMPLE = """
                {"unitCode": "H99.X01", "asOf": "2026-12-07T09:00:00+07:00", "dueSoonUntil": "2026-12-09T00:00:00+07:00",
                 "counts": {"waiting": 4, "inProgress": 11, "dueSoon": 3, "overdue": 2, "overdueWithoutApology": 1},
                 "units": [
                  {"unitCode": "H99.X01", "unitName": "Xã An Phú",
                   "counts": {"waiting": 4, "inProgress": 9, "dueSoon": 3, "overdue": 2, "overdueWithoutApology": 1}},
                  {"unitCode": "H99.X01.MC", "unitName": "Bộ phận Một cửa xã An Phú",
                   "counts": {"waiting": 4, "inProgress": 11, "dueSoon": 3, "overdue": 2, "overdueWithoutApology": 1}}]}""";

        static WorkCountsView of(vn.cchc.dossiers.service.DossierWorkload.Summary s) {
            return new WorkCountsView(
                    s.scopeUnitCode(),
                    vn.cchc.dossiers.mapping.DossierMapper.vn(s.asOf()),
                    vn.cchc.dossiers.mapping.DossierMapper.vn(s.dueSoonUntil()),
                    WorkCountsDto.of(s.counts()),
                    s.units().stream()
                            .map(u -> new UnitWorkCountsView(u.unitCode(), u.unitName(), WorkCountsDto.of(u.counts())))
                            .toList());
        }
    }
}
