package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Local copy of a unit from {@code cchc.units.v1}: jurisdiction by path, names for documents. */
@Entity
@Table(name = "unit_copy")
public class UnitCopy {

    @Id
    private String code;
    private String name;
    private String kind;
    private String level;
    @Column(name = "parent_code")
    private String parentCode;
    private String path;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "successor_code")
    private String successorCode;
    @Column(name = "receives_dossiers")
    private boolean receivesDossiers;
    private long version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected UnitCopy() {
    }

    public UnitCopy(String code) {
        this.code = code;
    }

    /** Applies a newer version of the unit; older or equal versions change nothing. */
    public boolean apply(long incomingVersion, String name, String kind, String level, String parentCode, String path,
                         LocalDate validFrom, LocalDate validTo, String successorCode, boolean receivesDossiers,
                         OffsetDateTime now) {
        if (updatedAt != null && incomingVersion <= version) {
            return false;
        }
        this.version = incomingVersion;
        this.name = name;
        this.kind = kind;
        this.level = level;
        this.parentCode = parentCode;
        this.path = path;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.successorCode = successorCode;
        this.receivesDossiers = receivesDossiers;
        this.updatedAt = now;
        return true;
    }

    /** The province (root) the unit belongs to: its calendar applies. */
    public String provinceCode() {
        return vn.cchc.shared.security.Jurisdiction.rootOf(path);
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getLevel() { return level; }
    public String getParentCode() { return parentCode; }
    public String getPath() { return path; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public boolean isReceivesDossiers() { return receivesDossiers; }
    public long getVersion() { return version; }
}
