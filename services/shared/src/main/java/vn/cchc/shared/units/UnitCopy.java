package vn.cchc.shared.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.security.Jurisdiction;

/**
 * A service's local copy of a unit from {@code cchc.units.v1} (table {@code unit_copy}, created by each service's own
 * migration): the unit as its latest {@code UnitChanged} event carries it, with its validity. The path
 * ({@code /H99/H99.X01/}) answers jurisdiction ({@link Jurisdiction#covers}) and subtree lists without the tree; the
 * highest version wins.
 */
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
    /** Null for a unit copied (in inspections and par-index) before the copies had one shape, until its next event. */
    @Column(name = "receives_dossiers")
    private Boolean receivesDossiers;

    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected UnitCopy() {}

    public UnitCopy(String code) {
        this.code = code;
    }

    /**
     * Applies the unit as {@code event} carries it when it is newer than this copy; an older or equal version (a late
     * or replayed event) changes nothing.
     *
     * @return true when the copy changed
     */
    public boolean apply(UnitEventV1 event, OffsetDateTime now) {
        if (!code.equals(event.code())) {
            throw new IllegalArgumentException("event of unit " + event.code() + " applied to the copy of " + code);
        }
        if (updatedAt != null && event.version() <= version) {
            return false;
        }
        this.version = event.version();
        this.name = event.name();
        this.kind = event.kind();
        this.level = event.level();
        this.parentCode = event.parentCode();
        this.path = event.path();
        this.validFrom = event.validFrom();
        this.validTo = event.validTo();
        this.successorCode = event.successorCode();
        this.receivesDossiers = event.receivesDossiers();
        this.updatedAt = now;
        return true;
    }

    /** The province (root of the path) the unit belongs to. */
    public String provinceCode() {
        return Jurisdiction.rootOf(path);
    }

    /** Whether the unit exists on {@code date}: from its first day (unknown = always) to its last day inclusive. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public boolean isReceivesDossiers() {
        return Boolean.TRUE.equals(receivesDossiers);
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
