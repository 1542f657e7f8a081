package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Local copy of a unit from {@code cchc.units.v1}: names and paths for jurisdiction; the highest version wins. */
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
    private long version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected UnitCopy() {
    }

    public UnitCopy(String code) {
        this.code = code;
    }

    /** Applies a newer version; older or equal versions (late or replayed events) change nothing. */
    public boolean apply(long incomingVersion, String name, String kind, String level, String parentCode, String path,
                         LocalDate validFrom, LocalDate validTo, OffsetDateTime now) {
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
        this.updatedAt = now;
        return true;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getLevel() { return level; }
    public String getParentCode() { return parentCode; }
    public String getPath() { return path; }
    public LocalDate getValidTo() { return validTo; }
    public long getVersion() { return version; }
}
