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
import vn.cchc.shared.problem.ProblemException;

/**
 * One inspection of one unit within a plan: its schedule (dates from–to), the period its evidence covers,
 * its lifecycle ({@link InspectionStatus}) and the conclusion deadline fixed when it ends.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    private UUID id;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_path")
    private String unitPath;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "scheduled_from")
    private LocalDate scheduledFrom;

    @Column(name = "scheduled_to")
    private LocalDate scheduledTo;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private InspectionStatus status;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "conclusion_due")
    private LocalDate conclusionDue;

    @Column(name = "event_sequence")
    private long eventSequence;

    @Version
    private long version;

    protected Inspection() {}

    public Inspection(UUID planId, String unitCode, String unitPath, String unitName) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.unitCode = unitCode;
        this.unitPath = unitPath;
        this.unitName = unitName;
        this.status = InspectionStatus.PLANNED;
    }

    public void schedule(LocalDate from, LocalDate to, LocalDate periodFrom, LocalDate periodTo) {
        require(InspectionStatus.PLANNED, "reschedule");
        this.scheduledFrom = from;
        this.scheduledTo = to;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    public void start(OffsetDateTime now) {
        move(InspectionStatus.IN_PROGRESS);
        this.startedAt = now;
    }

    public void end(LocalDate endedOn, LocalDate conclusionDue) {
        move(InspectionStatus.ENDED);
        this.endedOn = endedOn;
        this.conclusionDue = conclusionDue;
    }

    public void conclude() {
        move(InspectionStatus.CONCLUDED);
    }

    public void cancel() {
        move(InspectionStatus.CANCELLED);
    }

    /** The next sequence of this inspection's events. */
    public long nextEventSequence() {
        return ++eventSequence;
    }

    public void require(InspectionStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict(Messages.CANNOT_INSPECTION_MUST, action, status, expected);
        }
    }

    private void move(InspectionStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict(Messages.INSPECTION_CANNOT_BECOME, status, target);
        }
        status = target;
    }

    /** The date evidence is read "as of": the first day of the visit. */
    public LocalDate evidenceDate() {
        return scheduledFrom;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getUnitName() {
        return unitName;
    }

    public LocalDate getScheduledFrom() {
        return scheduledFrom;
    }

    public LocalDate getScheduledTo() {
        return scheduledTo;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public LocalDate getConclusionDue() {
        return conclusionDue;
    }

    public long getVersion() {
        return version;
    }
}
