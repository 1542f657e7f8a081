package vn.cchc.procedures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Cắt giảm thời gian giải quyết: the statutory processing time against the time in force, summed in
 * working days over a group of procedures. Rate = (statutory − in force) / statutory × 100, two decimals.
 * Procedures without a statutory time count as not reduced (their time in force is the statutory one).
 */
public final class TimeReduction {

    public record Item(ProcedureContent.Duration inForce, ProcedureContent.Duration statutory) {}

    public record Result(
            int procedures, int reduced, BigDecimal statutoryDays, BigDecimal inForceDays, BigDecimal reductionRate) {}

    private TimeReduction() {}

    public static Result of(Collection<Item> items) {
        BigDecimal statutory = BigDecimal.ZERO;
        BigDecimal inForce = BigDecimal.ZERO;
        int reduced = 0;
        for (Item item : items) {
            BigDecimal now = item.inForce().inWorkingDays();
            BigDecimal law = item.statutory() == null ? now : item.statutory().inWorkingDays();
            statutory = statutory.add(law);
            inForce = inForce.add(now);
            if (now.compareTo(law) < 0) {
                reduced++;
            }
        }
        BigDecimal rate = statutory.signum() == 0
                ? BigDecimal.ZERO.setScale(2)
                : statutory
                        .subtract(inForce)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(statutory, 2, RoundingMode.HALF_UP);
        return new Result(
                items.size(),
                reduced,
                statutory.setScale(2, RoundingMode.HALF_UP),
                inForce.setScale(2, RoundingMode.HALF_UP),
                rate);
    }
}
