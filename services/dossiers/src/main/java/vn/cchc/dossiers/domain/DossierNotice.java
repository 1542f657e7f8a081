package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A notice issued in the lifecycle, kept for re-printing: Mẫu 02 (supplement), 03 (refusal), 05 (stop). */
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

    protected DossierNotice() {
    }

    public DossierNotice(Long dossierId, String form, String number, List<String> items, String reason,
                         OffsetDateTime issuedAt, String issuedBy) {
        this.dossierId = dossierId;
        this.form = form;
        this.number = number;
        this.items = new ArrayList<>(items == null ? List.of() : items);
        this.reason = reason;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public String getForm() { return form; }
    public String getNumber() { return number; }
    public List<String> getItems() { return items; }
    public String getReason() { return reason; }
    public OffsetDateTime getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
}
