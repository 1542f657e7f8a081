package vn.cchc.inspections.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/** Announces inspection facts on {@code cchc.inspections.v1} (key = inspection id) through the outbox. */
@ApplicationScoped
public class InspectionEvents {

    private final Outbox outbox;

    public InspectionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void concluded(
            Inspection i,
            InspectionPlan plan,
            Conclusion c,
            List<Finding> findings,
            List<RemediationItem> items,
            LocalDate today,
            OffsetDateTime now) {
        var conclusion = new InspectionEventV1.Conclusion(
                c.getNumber(),
                c.getNoticeDate(),
                c.getSigner(),
                i.getConclusionDue(),
                WorkingDays.isLate(i.getConclusionDue(), c.getNoticeDate(), today));
        publish(InspectionEventV1.CONCLUDED, i, plan, conclusion, summary(findings), null, items, today, now);
    }

    public void remediation(
            String type,
            Inspection i,
            InspectionPlan plan,
            RemediationItem item,
            List<RemediationItem> items,
            LocalDate today,
            OffsetDateTime now) {
        var r = new InspectionEventV1.Remediation(
                item.getId().toString(),
                item.getRequirement(),
                item.getResponsibleUnitCode(),
                item.getResponsibleUnitPath(),
                item.getDeadline(),
                item.getStatus().name(),
                item.isOverdueFlag(),
                item.getCompletedAt());
        publish(type, i, plan, null, null, r, items, today, now);
    }

    private void publish(
            String type,
            Inspection i,
            InspectionPlan plan,
            InspectionEventV1.Conclusion conclusion,
            InspectionEventV1.FindingsSummary findings,
            InspectionEventV1.Remediation remediation,
            List<RemediationItem> items,
            LocalDate today,
            OffsetDateTime now) {
        int completed = (int) items.stream()
                .filter(x -> x.getStatus() == RemediationStatus.COMPLETED)
                .count();
        int overdue = (int) items.stream().filter(x -> x.isOverdue(today)).count();
        var payload = new InspectionEventV1(
                i.getId().toString(),
                plan.getId().toString(),
                plan.getNumber(),
                plan.getYear(),
                i.getUnitCode(),
                i.getUnitPath(),
                i.getUnitName(),
                i.getStatus().name(),
                i.getEndedOn(),
                conclusion,
                findings,
                remediation,
                new InspectionEventV1.RemediationTotals(items.size(), completed, overdue),
                i.nextEventSequence(),
                now);
        outbox.publish(Topics.INSPECTIONS, i.getId().toString(), type, InspectionEventV1.SCHEMA_VERSION, payload);
    }

    public static InspectionEventV1.FindingsSummary summary(List<Finding> findings) {
        Map<String, int[]> byGroup = new TreeMap<>();
        int strengths = 0;
        int weaknesses = 0;
        for (Finding f : findings) {
            int[] c = byGroup.computeIfAbsent(f.getGroupCode(), g -> new int[2]);
            if (f.getKind() == Finding.Kind.STRENGTH) {
                c[0]++;
                strengths++;
            } else {
                c[1]++;
                weaknesses++;
            }
        }
        return new InspectionEventV1.FindingsSummary(
                strengths,
                weaknesses,
                byGroup.entrySet().stream()
                        .map(e -> new InspectionEventV1.GroupCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
