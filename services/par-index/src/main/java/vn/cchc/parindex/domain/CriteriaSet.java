package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Bộ tiêu chí xác định Chỉ số CCHC for one province, year and unit level; starts as a draft. */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private int year;
    private String level;
    private String province;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    private String status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "issuing_decision")
    private String issuingDecision;

    private boolean sample;
    private String note;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected CriteriaSet() {}

    public static CriteriaSet draft(
            String code,
            String name,
            int year,
            String level,
            String province,
            BigDecimal maxPoints,
            String author,
            OffsetDateTime now) {
        CriteriaSet set = new CriteriaSet();
        set.code = code.trim();
        set.name = name.trim();
        set.year = year;
        set.level = level;
        set.province = province;
        set.maxPoints = maxPoints;
        set.status = "DRAFT";
        set.createdAt = now;
        set.createdBy = author;
        return set;
    }

    public void describe(String issuingDecision, boolean sample, String note) {
        this.issuingDecision = issuingDecision;
        this.sample = sample;
        this.note = note;
    }

    /** DRAFT → ACTIVE → RETIRED; returns false when the set is not in {@code from}. */
    public boolean move(String from, String to, OffsetDateTime now) {
        if (!from.equals(status)) {
            return false;
        }
        status = to;
        updatedAt = now;
        return true;
    }

    public void touch(OffsetDateTime now) {
        updatedAt = now;
    }

    public String getIssuingDecision() {
        return issuingDecision;
    }

    public boolean isSample() {
        return sample;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
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

    public int getYear() {
        return year;
    }

    public String getLevel() {
        return level;
    }

    public String getProvince() {
        return province;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public String getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
