package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.shared.units.UnitCopy;

/**
 * Hồ sơ: one dossier of one procedure, received at a receiving point and decided by a unit (they can
 * differ: dossiers are accepted regardless of administrative boundaries). Carries the dates every report
 * needs: received, clock start, original due, extended due (after an apology), resolved, returned, closed.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    /** Thành phần hồ sơ as received. */
    public record Component(String name, int copies) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private DossierStatus status;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "procedure_version")
    private int procedureVersion;

    @Column(name = "procedure_name")
    private String procedureName;

    private String field;

    @Column(name = "receiving_unit_code")
    private String receivingUnitCode;

    @Column(name = "receiving_unit_path")
    private String receivingUnitPath;

    @Column(name = "deciding_unit_code")
    private String decidingUnitCode;

    @Column(name = "deciding_unit_path")
    private String decidingUnitPath;

    private String channel;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "applicant_id_number")
    private String applicantIdNumber;

    @Column(name = "applicant_phone")
    private String applicantPhone;

    @Column(name = "applicant_email")
    private String applicantEmail;

    @Column(name = "applicant_address")
    private String applicantAddress;

    private String content;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Component> components;

    @Column(name = "return_method")
    private String returnMethod;

    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;

    @Column(name = "processing_time_unit")
    private String processingTimeUnit;

    @Column(name = "afternoon_cutoff")
    private LocalTime afternoonCutoff;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "clock_start_at")
    private OffsetDateTime clockStartAt;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "extended_due_at")
    private OffsetDateTime extendedDueAt;

    @Column(name = "paused_since")
    private OffsetDateTime pausedSince;

    @Column(name = "supplement_requests")
    private int supplementRequests;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Column(name = "has_apology")
    private boolean hasApology;

    @Column(name = "overdue_marked_at")
    private OffsetDateTime overdueMarkedAt;

    @Column(name = "due_soon_alerted_at")
    private OffsetDateTime dueSoonAlertedAt;

    private boolean digitised;

    @Column(name = "e_result")
    private boolean eResult;

    @Column(name = "external_client")
    private String externalClient;

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "form_set")
    private String formSet;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** Kết quả giải quyết against the due date. */
    public enum Classification {
        EARLY,
        ON_TIME,
        LATE
    }

    protected Dossier() {}

    /**
     * A new dossier between a receiving and a deciding unit under {@code procedure}: the version in force on its day of
     * receipt, whose name, processing time and cut-off it keeps.
     */
    public static Dossier open(
            String code,
            CatalogueProcedureVersion procedure,
            UnitCopy receiving,
            UnitCopy deciding,
            String channel,
            String author,
            OffsetDateTime now) {
        Dossier d = new Dossier();
        d.code = code;
        d.procedureCode = procedure.getCode();
        d.takeVersion(procedure); // docs/domain/procedure-versions.md §1
        d.receivingUnitCode = receiving.getCode();
        d.receivingUnitPath = receiving.getPath();
        d.decidingUnitCode = deciding.getCode();
        d.decidingUnitPath = deciding.getPath();
        d.channel = channel;
        d.components = new ArrayList<>();
        d.formSet = "TT03/2025";
        d.createdAt = now;
        d.createdBy = author;
        d.updatedAt = now;
        return d;
    }

    /**
     * Takes the name and processing time of another version of its procedure: an online registration accepted on a
     * later day follows the version in force on the day of acceptance (docs/domain/procedure-versions.md §1).
     */
    public void takeVersion(CatalogueProcedureVersion procedure) {
        if (!procedure.getCode().equals(procedureCode)) {
            throw new IllegalArgumentException(
                    "version of " + procedure.getCode() + " for a dossier of " + procedureCode);
        }
        this.procedureVersion = procedure.getContentVersion();
        this.procedureName = procedure.getName();
        this.field = procedure.getField();
        this.processingTimeValue = procedure.getProcessingTimeValue();
        this.processingTimeUnit = procedure.getProcessingTimeUnit();
        this.afternoonCutoff = procedure.getAfternoonCutoff();
    }

    public void applicant(String name, String idNumber, String phone, String email, String address) {
        this.applicantName = name.trim();
        this.applicantIdNumber = blank(idNumber);
        this.applicantPhone = phone.trim();
        this.applicantEmail = blank(email);
        this.applicantAddress = blank(address);
    }

    public void request(String content, List<Component> components, String returnMethod, boolean digitised) {
        this.content = blank(content);
        this.components = new ArrayList<>(components == null ? List.of() : components);
        this.returnMethod = returnMethod;
        this.digitised = digitised;
    }

    /** Mới đăng ký (online): not yet received, no clock. */
    public void registered(OffsetDateTime submittedAt) {
        this.status = DossierStatus.REGISTERED;
        this.submittedAt = submittedAt;
    }

    /** Tiếp nhận hợp lệ: the clock starts and the due date is set. */
    public void received(OffsetDateTime receivedAt, OffsetDateTime clockStartAt, OffsetDateTime dueAt) {
        this.status = DossierStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.clockStartAt = clockStartAt;
        this.dueAt = dueAt;
        if (this.submittedAt == null) {
            this.submittedAt = receivedAt;
        }
    }

    public void moveTo(DossierStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void pause(OffsetDateTime now, boolean supplement) {
        this.pausedSince = now;
        if (supplement) {
            this.supplementRequests++;
        }
    }

    /** The pause ended; the due dates move later by the working time spent waiting. */
    public void resume(OffsetDateTime newDueAt, OffsetDateTime newExtendedDueAt) {
        this.pausedSince = null;
        this.dueAt = newDueAt;
        this.extendedDueAt = newExtendedDueAt;
    }

    public void apologised(OffsetDateTime newDueAt, OffsetDateTime now) {
        this.hasApology = true;
        this.extendedDueAt = newDueAt;
        this.updatedAt = now;
    }

    /**
     * Đã xử lý xong. {@code electronicResult}: the result is issued electronically, as the officer or the integration
     * declares it (a paper result is not; docs/domain/qd766.md §3).
     */
    public void resolved(OffsetDateTime at, Classification classification, boolean electronicResult) {
        this.resolvedAt = at;
        this.classification = classification;
        this.closedAt = at;
        this.eResult = electronicResult;
    }

    /** The result turned out electronic after the resolution (returned electronically); false if it already was. */
    public boolean resultIssuedElectronically() {
        if (eResult) {
            return false;
        }
        eResult = true;
        return true;
    }

    /** Refused, withdrawn or stopped: no longer open. */
    public void closed(OffsetDateTime at) {
        this.closedAt = at;
    }

    public void returned(OffsetDateTime at, String method) {
        this.returnedAt = at;
        this.returnMethod = method;
    }

    public void markOverdue(OffsetDateTime at) {
        this.overdueMarkedAt = at;
    }

    public void markDueSoon(OffsetDateTime at) {
        this.dueSoonAlertedAt = at;
    }

    public void external(String client, String id) {
        this.externalClient = client;
        this.externalId = id;
    }

    /** The due date the citizen was last given: the extended one after an apology. */
    public OffsetDateTime effectiveDueAt() {
        return extendedDueAt != null ? extendedDueAt : dueAt;
    }

    public boolean isOverdue(OffsetDateTime now) {
        return status.isOpen() && dueAt != null && now.isAfter(dueAt);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public DossierStatus getStatus() {
        return status;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public int getProcedureVersion() {
        return procedureVersion;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public String getField() {
        return field;
    }

    public String getReceivingUnitCode() {
        return receivingUnitCode;
    }

    public String getReceivingUnitPath() {
        return receivingUnitPath;
    }

    public String getDecidingUnitCode() {
        return decidingUnitCode;
    }

    public String getDecidingUnitPath() {
        return decidingUnitPath;
    }

    public String getChannel() {
        return channel;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public String getContent() {
        return content;
    }

    public List<Component> getComponents() {
        return components;
    }

    public String getReturnMethod() {
        return returnMethod;
    }

    public BigDecimal getProcessingTimeValue() {
        return processingTimeValue;
    }

    public String getProcessingTimeUnit() {
        return processingTimeUnit;
    }

    public LocalTime getAfternoonCutoff() {
        return afternoonCutoff;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public OffsetDateTime getClockStartAt() {
        return clockStartAt;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public OffsetDateTime getExtendedDueAt() {
        return extendedDueAt;
    }

    public OffsetDateTime getPausedSince() {
        return pausedSince;
    }

    public int getSupplementRequests() {
        return supplementRequests;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public Classification getClassification() {
        return classification;
    }

    public boolean isHasApology() {
        return hasApology;
    }

    public OffsetDateTime getOverdueMarkedAt() {
        return overdueMarkedAt;
    }

    public OffsetDateTime getDueSoonAlertedAt() {
        return dueSoonAlertedAt;
    }

    public boolean isDigitised() {
        return digitised;
    }

    public boolean isEResult() {
        return eResult;
    }

    public String getExternalClient() {
        return externalClient;
    }

    public String getExternalId() {
        return externalId;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
    /** Who received the dossier (the account name; the signature block prints it). */
    public String getCreatedByName() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
