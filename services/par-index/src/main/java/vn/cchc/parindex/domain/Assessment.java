package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The PAR self-assessment of one unit against one criteria set (hence one year and level). */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_id")
    private Long setId;

    private int year;
    private String level;
    private String province;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_path")
    private String unitPath;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Version
    private long version;

    @Column(name = "missing_confirmed")
    private String missingConfirmed;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "finalised_at")
    private OffsetDateTime finalisedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "total_points")
    private BigDecimal totalPoints;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    private BigDecimal percent;

    @Column(name = "rank_group")
    private String rankGroup;

    protected Assessment() {}

    public static Assessment start(
            CriteriaSet set, String unitCode, String unitName, String unitPath, String author, OffsetDateTime now) {
        Assessment a = new Assessment();
        a.setId = set.getId();
        a.year = set.getYear();
        a.level = set.getLevel();
        a.province = set.getProvince();
        a.unitCode = unitCode;
        a.unitName = unitName;
        a.unitPath = unitPath;
        a.status = AssessmentStatus.DRAFT;
        a.createdAt = now;
        a.createdBy = author;
        a.updatedAt = now;
        return a;
    }

    /** Moves by {@code action}; the caller has checked the state with {@link WorkflowAction#allowedFrom}. */
    public void move(WorkflowAction action, OffsetDateTime now) {
        if (!action.allowedFrom(status)) {
            throw new IllegalStateException(action + " from " + status);
        }
        status = action.to();
        updatedAt = now;
        switch (action) {
            case SUBMIT -> submittedAt = now;
            case FINALISE -> finalisedAt = now;
            case PUBLISH -> publishedAt = now;
            default -> {}
        }
    }

    public void confirmMissing(String codes) {
        this.missingConfirmed = codes;
    }

    public void recordResult(BigDecimal total, BigDecimal max, BigDecimal percent, String group) {
        this.totalPoints = total;
        this.maxPoints = max;
        this.percent = percent;
        this.rankGroup = group;
    }

    public void touch(OffsetDateTime now) {
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSetId() {
        return setId;
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

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public String getMissingConfirmed() {
        return missingConfirmed;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getFinalisedAt() {
        return finalisedAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public BigDecimal getTotalPoints() {
        return totalPoints;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public String getRankGroup() {
        return rankGroup;
    }
}
