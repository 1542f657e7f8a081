package vn.cchc.procedures.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/**
 * What one version of a procedure says (bộ phận tạo thành, NĐ 63/2010 Điều 8 khoản 2, plus the
 * catalogue fields the national database uses). Plain data, checked by {@link ProcedureRules}.
 */
public record ProcedureContent(
        String name,
        String field,
        List<String> levels,
        String decidingAgencyCode,
        List<String> receivingPoints,
        List<Channel> channels,
        OnlineLevel onlineLevel,
        boolean fullOnlineEligible,
        Duration processingTime,
        Duration statutoryTime,
        LocalTime afternoonCutoff,
        List<Fee> fees,
        List<Component> components,
        List<String> steps,
        String applicants,
        String resultType,
        boolean paperResultRequired,
        String conditions,
        List<String> legalBasis,
        List<InternalStep> internalSteps) {

    public ProcedureContent {
        levels = copy(levels);
        receivingPoints = copy(receivingPoints);
        channels = copy(channels);
        fees = copy(fees);
        components = copy(components);
        steps = copy(steps);
        legalBasis = copy(legalBasis);
        internalSteps = copy(internalSteps);
        onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Thời hạn: a value in a unit. */
    public record Duration(BigDecimal value, TimeUnit unit) {
        /** Approximate length in working days, only to compare durations in different units. */
        public BigDecimal inWorkingDays() {
            return unit.toWorkingDays(value);
        }
    }

    /** Phí, lệ phí: name and amount in đồng. */
    public record Fee(String name, BigDecimal amount, String note) {}

    /** Thành phần hồ sơ: a document with the number of copies. */
    public record Component(String name, int copies, boolean required, String form) {}

    /** A step of the quy trình nội bộ; its duration is in the unit of the processing time. */
    public record InternalStep(String name, String actor, BigDecimal duration) {}
}
