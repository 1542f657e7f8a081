package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The last compliance result announced for a unit; a new event only when the fingerprint changes. */
@Entity
@Table(name = "compliance_snapshot")
public class ComplianceSnapshot {

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "as_of")
    private LocalDate asOf;

    private String fingerprint;
    private int required;
    private int posted;
    private int compliant;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ComplianceSnapshot() {}

    public ComplianceSnapshot(String unitCode) {
        this.unitCode = unitCode;
    }

    /** @return true when the result differs from the one recorded before */
    public boolean record(
            LocalDate asOf, String fingerprint, int required, int posted, int compliant, OffsetDateTime now) {
        boolean changed = !fingerprint.equals(this.fingerprint);
        this.asOf = asOf;
        this.fingerprint = fingerprint;
        this.required = required;
        this.posted = posted;
        this.compliant = compliant;
        this.updatedAt = now;
        return changed;
    }

    public String getUnitCode() {
        return unitCode;
    }
}
