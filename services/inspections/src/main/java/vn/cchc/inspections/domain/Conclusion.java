package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cchc.shared.problem.ProblemException;

/** Thông báo kết luận kiểm tra: a draft until issued; issued notices never change. */
@Entity
@Table(name = "conclusion")
public class Conclusion {

    @Id
    @Column(name = "inspection_id")
    private UUID inspectionId;

    private String number;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    private String signer;

    @Column(name = "signer_title")
    private String signerTitle;

    private String strengths;
    private String shortcomings;
    private String requests;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Conclusion() {}

    public Conclusion(UUID inspectionId) {
        this.inspectionId = inspectionId;
    }

    public void edit(
            String number,
            LocalDate noticeDate,
            String signer,
            String signerTitle,
            String strengths,
            String shortcomings,
            String requests,
            OffsetDateTime now) {
        if (isIssued()) {
            throw ProblemException.conflict(Messages.CONCLUSION_NOTICE_HAS_BEEN_ISSUED);
        }
        this.number = number;
        this.noticeDate = noticeDate;
        this.signer = signer;
        this.signerTitle = signerTitle;
        this.strengths = strengths;
        this.shortcomings = shortcomings;
        this.requests = requests;
        this.updatedAt = now;
    }

    public void issue(String by, OffsetDateTime now) {
        this.issuedBy = by;
        this.issuedAt = now;
        this.updatedAt = now;
    }

    public boolean isIssued() {
        return issuedAt != null;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getShortcomings() {
        return shortcomings;
    }

    public String getRequests() {
        return requests;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
