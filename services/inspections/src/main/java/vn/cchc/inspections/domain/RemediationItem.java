package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cchc.inspections.domain.rules.RemediationRules;
import vn.cchc.shared.problem.ProblemException;

/** Yêu cầu khắc phục: requirement, responsible unit, deadline, status, the unit's report. */
@Entity
@Table(name = "remediation_item")
public class RemediationItem {

    @Id
    private UUID id;

    @Column(name = "inspection_id")
    private UUID inspectionId;

    private String requirement;

    @Column(name = "responsible_unit_code")
    private String responsibleUnitCode;

    @Column(name = "responsible_unit_path")
    private String responsibleUnitPath;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private RemediationStatus status;

    private String report;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    private boolean overdue;

    @Column(name = "overdue_announced_at")
    private OffsetDateTime overdueAnnouncedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected RemediationItem() {}

    public RemediationItem(
            UUID inspectionId,
            String requirement,
            String unitCode,
            String unitPath,
            LocalDate deadline,
            OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.inspectionId = inspectionId;
        this.requirement = requirement;
        this.responsibleUnitCode = unitCode;
        this.responsibleUnitPath = unitPath;
        this.deadline = deadline;
        this.status = RemediationStatus.OPEN;
        this.createdAt = now;
    }

    public void report(String text, String by, OffsetDateTime now) {
        move(RemediationStatus.REPORTED);
        this.report = text;
        this.reportedBy = by;
        this.reportedAt = now;
    }

    public void complete(OffsetDateTime now) {
        move(RemediationStatus.COMPLETED);
        this.completedAt = now;
    }

    public void returnToUnit(String reason) {
        move(RemediationStatus.OPEN);
        this.returnReason = reason;
    }

    /**
     * Marks the item overdue when the rule says so; true only the first time (the event is announced once).
     */
    public boolean markOverdueIfDue(LocalDate today, OffsetDateTime now) {
        if (!RemediationRules.isOverdue(status, deadline, today)) {
            return false;
        }
        overdue = true;
        if (overdueAnnouncedAt != null) {
            return false;
        }
        overdueAnnouncedAt = now;
        return true;
    }

    /** Overdue now, by the rule on today's date (also for an item the watch has not seen yet). */
    public boolean isOverdue(LocalDate today) {
        return RemediationRules.isOverdue(status, deadline, today);
    }

    private void move(RemediationStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict(Messages.REMEDIATION_ITEM_CANNOT_BECOME, status, target);
        }
        status = target;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getResponsibleUnitCode() {
        return responsibleUnitCode;
    }

    public String getResponsibleUnitPath() {
        return responsibleUnitPath;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RemediationStatus getStatus() {
        return status;
    }

    public String getReport() {
        return report;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public boolean isOverdueFlag() {
        return overdue;
    }

    public OffsetDateTime getOverdueAnnouncedAt() {
        return overdueAnnouncedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
