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
}
