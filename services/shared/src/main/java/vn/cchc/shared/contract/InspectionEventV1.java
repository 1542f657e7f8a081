package vn.cchc.shared.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload (schema version 1) of the inspection events on {@code cchc.inspections.v1}, keyed by the
 * inspection id. One shape for every type; {@code type} in the envelope says what happened:
 * <ul>
 *   <li>{@code InspectionConcluded}: the conclusion notice was issued; {@code conclusion} and
 *       {@code findings} are set, {@code remediation} is null;</li>
 *   <li>{@code RemediationOverdue}: a remediation item passed its deadline without a report (announced once);</li>
 *   <li>{@code RemediationCompleted}: the inspecting body accepted the unit's remediation report.</li>
 * </ul>
 * {@code sequence} grows with every event of one inspection: a consumer keeps, per inspection (and per
 * remediation item), the state of the highest sequence it has seen and ignores older events arriving late
 * or twice. {@code remediationTotals} is the inspection's remediation state after the change.
 */
public record InspectionEventV1(
        String inspectionId,
        String planId,
        String planNumber,
        int year,
        /** The inspected unit. */
        String unitCode,
        String unitPath,
        String unitName,
        /** PLANNED, IN_PROGRESS, ENDED, CONCLUDED or CANCELLED after the change. */
        String status,
        LocalDate endedOn,
        Conclusion conclusion,
        FindingsSummary findings,
        Remediation remediation,
        RemediationTotals remediationTotals,
        long sequence,
        OffsetDateTime occurredAt) {

    public static final String CONCLUDED = "InspectionConcluded";
    public static final String REMEDIATION_OVERDUE = "RemediationOverdue";
    public static final String REMEDIATION_COMPLETED = "RemediationCompleted";
    public static final int SCHEMA_VERSION = 1;

    /** Thông báo kết luận kiểm tra: number, date, signer; {@code late} when issued after {@code dueDate}. */
    public record Conclusion(String number, LocalDate noticeDate, String signer, LocalDate dueDate, boolean late) {}

    /** Ưu điểm / tồn tại, hạn chế: counts overall and per content group. */
    public record FindingsSummary(int strengths, int weaknesses, List<GroupCount> byGroup) {}

    public record GroupCount(String groupCode, int strengths, int weaknesses) {}

    /** One remediation item (khắc phục) as of the event. */
    public record Remediation(
            String itemId,
            String requirement,
            String responsibleUnitCode,
            String responsibleUnitPath,
            LocalDate deadline,
            String status,
            boolean overdue,
            OffsetDateTime completedAt) {}

    public record RemediationTotals(int total, int completed, int overdue) {}
}
