package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.shared.text.SearchText;

/**
 * Đơn vị: an administration (UBND tỉnh/xã), an agency (sở, ban, ngành) or a one-stop centre, with
 * its level, its place in the tree and its validity. A merged unit keeps its row, ends on its last
 * day and points to its successor, so history stays reachable.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Column(name = "level_code")
    private String level;

    @Column(name = "parent_code")
    private String parentCode;
    /** '/H99/H99.X01/': this unit's ancestors and itself. */
    private String path;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_code")
    private String successorCode;

    @Column(name = "receives_dossiers")
    private boolean receivesDossiers;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fields;

    @Column(name = "search_text")
    private String searchText;

    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected AdminUnit() {}

    public AdminUnit(String code) {
        this.code = code.trim();
    }

    /** Writes the unit's data; {@code parentPath} is the parent's path or null for a root. */
    public void write(
            String name,
            UnitKind kind,
            String level,
            String parentCode,
            String parentPath,
            LocalDate validFrom,
            LocalDate validTo,
            String successorCode,
            boolean receivesDossiers,
            List<String> fields,
            String author,
            OffsetDateTime now) {
        this.name = name.trim();
        this.kind = kind;
        this.level = level;
        this.parentCode = parentCode;
        this.path = (parentPath == null ? "/" : parentPath) + code + "/";
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.successorCode = successorCode;
        this.receivesDossiers = receivesDossiers;
        this.fields = new ArrayList<>(fields == null ? List.of() : fields);
        this.searchText = SearchText.fold(code + " " + name);
        this.version++;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Sáp nhập: the unit ends on {@code lastDay} and {@code successorCode} takes over. */
    public void mergeInto(String successorCode, LocalDate lastDay, String author, OffsetDateTime now) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("lastDay is before the unit's validFrom " + validFrom);
        }
        this.successorCode = successorCode;
        this.validTo = lastDay;
        this.version++;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Moves the unit under a parent whose path changed. */
    public void reparent(String parentPath, OffsetDateTime now) {
        this.path = (parentPath == null ? "/" : parentPath) + code + "/";
        this.version++;
        this.updatedAt = now;
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
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
        return receivesDossiers;
    }

    public List<String> getFields() {
        return fields;
    }

    public long getVersion() {
        return version;
    }
}
