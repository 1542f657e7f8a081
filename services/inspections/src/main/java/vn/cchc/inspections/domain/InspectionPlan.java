package vn.cchc.inspections.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Kế hoạch kiểm tra công tác CCHC: number, date, issuer, year, scope and the content groups it covers. */
@Entity
@Table(name = "inspection_plan")
public class InspectionPlan {

    @Id
    private UUID id;

    private String number;

    @Column(name = "plan_date")
    private LocalDate planDate;

    private String issuer;
    private int year;
    private String scope;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_content_group", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "group_code")
    private Set<String> contentGroups = new LinkedHashSet<>();

    protected InspectionPlan() {}

    public InspectionPlan(String provinceCode, String createdBy, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.provinceCode = provinceCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void update(String number, LocalDate planDate, String issuer, int year, String scope, List<String> groups) {
        this.number = number;
        this.planDate = planDate;
        this.issuer = issuer;
        this.year = year;
        this.scope = scope;
        this.contentGroups.clear();
        this.contentGroups.addAll(groups);
    }

    public UUID getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    public String getIssuer() {
        return issuer;
    }

    public int getYear() {
        return year;
    }

    public String getScope() {
        return scope;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<String> getContentGroups() {
        return contentGroups;
    }
}
