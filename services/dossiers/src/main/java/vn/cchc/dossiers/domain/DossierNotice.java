package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice issued in the lifecycle, kept for re-printing: Mẫu 02 (supplement), 03 (refusal), 05 (stop), numbered in
 * the issuing unit's register of its kind and year (docs/domain/forms.md §2).
 */
@Entity
@Table(name = "dossier_notice")
public class DossierNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private Long dossierId;

    private String form;
    private String number;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> items;

    private String reason;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issuing_unit_code")
    private String issuingUnitCode;

    @Column(name = "register_year")
    private int registerYear;

    @Column(name = "register_no")
    private int registerNo;

    protected DossierNotice() {}

    public DossierNotice(
            Long dossierId,
            RegisterNumber number,
            List<String> items,
            String reason,
            OffsetDateTime issuedAt,
            String issuedBy) {
        if (number.kind().noticeForm() == null) {
            throw new IllegalArgumentException(number.kind() + " is not a notice");
        }
        this.dossierId = dossierId;
        this.form = number.kind().noticeForm();
        this.number = number.text();
        this.issuingUnitCode = number.unitCode();
        this.registerYear = number.year();
        this.registerNo = number.number();
        this.items = new ArrayList<>(items == null ? List.of() : items);
        this.reason = reason;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public String getForm() {
        return form;
    }

    public String getNumber() {
        return number;
    }

    public List<String> getItems() {
        return items;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getIssuingUnitCode() {
        return issuingUnitCode;
    }
}
