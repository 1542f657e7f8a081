package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Mẫu 04, Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết: at most one per dossier (the primary
 * key is the dossier). Timely when issued at least one working day before the original due date. Issued by the
 * unit that let the dossier run late ({@link ApologyIssuer}), numbered in that unit's PXL register of the year
 * (docs/domain/forms.md §2, §5).
 */
@Entity
@Table(name = "apology_letter")
public class ApologyLetter {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    private String number;
    private String reason;

    @Column(name = "original_due_at")
    private OffsetDateTime originalDueAt;

    @Column(name = "new_due_at")
    private OffsetDateTime newDueAt;

    private String signer;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    private boolean timely;

    @Column(name = "issuing_unit_code")
    private String issuingUnitCode;

    @Column(name = "register_year")
    private int registerYear;

    @Column(name = "register_no")
    private int registerNo;

    protected ApologyLetter() {}

    public ApologyLetter(
            Long dossierId,
            RegisterNumber number,
            String reason,
            OffsetDateTime originalDueAt,
            OffsetDateTime newDueAt,
            String signer,
            String issuedBy,
            OffsetDateTime issuedAt,
            boolean timely) {
        this.dossierId = dossierId;
        this.number = number.text();
        this.issuingUnitCode = number.unitCode();
        this.registerYear = number.year();
        this.registerNo = number.number();
        this.reason = reason.trim();
        this.originalDueAt = originalDueAt;
        this.newDueAt = newDueAt;
        this.signer = signer.trim();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.timely = timely;
    }

    public String getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getOriginalDueAt() {
        return originalDueAt;
    }

    public OffsetDateTime getNewDueAt() {
        return newDueAt;
    }

    public String getSigner() {
        return signer;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public boolean isTimely() {
        return timely;
    }

    public String getIssuingUnitCode() {
        return issuingUnitCode;
    }

    public int getRegisterYear() {
        return registerYear;
    }
}
