package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.inspections.repository.ConclusionRepository;
import vn.cchc.inspections.service.InspectionDtos.InspectionView;
import vn.cchc.shared.time.VietnamTime;

/** Builds views that need more than one entity (computed flags such as {@code conclusionLate}). */
@ApplicationScoped
public class Views {

    private final ConclusionRepository conclusions;
    private final Clock clock;

    public Views(ConclusionRepository conclusions, Clock clock) {
        this.conclusions = conclusions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    public InspectionView inspection(Inspection i, InspectionPlan plan) {
        Conclusion c = conclusions.findById(i.getId());
        LocalDate issuedOn = c != null && c.isIssued() ? c.getNoticeDate() : null;
        return new InspectionView(
                i.getId(),
                plan.getId(),
                plan.getNumber(),
                plan.getYear(),
                i.getUnitCode(),
                i.getUnitName(),
                i.getUnitPath(),
                i.getScheduledFrom(),
                i.getScheduledTo(),
                i.getPeriodFrom(),
                i.getPeriodTo(),
                i.getStatus().name(),
                i.getStartedAt(),
                i.getEndedOn(),
                i.getConclusionDue(),
                WorkingDays.isLate(i.getConclusionDue(), issuedOn, today()),
                i.getVersion());
    }
}
