package vn.cchc.dossiers.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who issues Mẫu 04 (docs/domain/forms.md §5): the agency that let the dossier run late, i.e. the unit handling it
 * when it ran late — now, if the letter comes before the due date (as NĐ 118/2025 asks: at the latest one working day
 * before it), else at the due date. A dossier is at its deciding unit until a hand-over names another unit
 * ({@code toUnitCode}); a hand-over without one stays in the unit that holds the dossier. Plain Java; the access
 * decision built on it is {@code security.AccessPolicy.canApologise}.
 */
public final class ApologyIssuer {

    /** A hand-over as this rule needs it: when, from which unit (the caller's), to which unit (null: same unit). */
    public record Step(OffsetDateTime at, String fromUnit, String toUnit) {
        public Step {
            Objects.requireNonNull(at, "at");
        }
    }

    private ApologyIssuer() {}

    /** The unit holding the dossier at {@code at}: the last unit a hand-over at or before it named, else the deciding unit. */
    public static String handlingUnit(String decidingUnit, List<Step> steps, OffsetDateTime at) {
        String unit = decidingUnit;
        for (Step s : steps) {
            if (!s.at().isAfter(at) && s.toUnit() != null && !s.toUnit().isBlank()) {
                unit = s.toUnit().trim();
            }
        }
        return unit;
    }

    /**
     * The issuing unit of an apology asked for at {@code now}: the unit handling the dossier at the earlier of
     * {@code now} and the (original) due date {@code dueAt}.
     */
    public static String issuingUnit(String decidingUnit, List<Step> steps, OffsetDateTime dueAt, OffsetDateTime now) {
        OffsetDateTime at = dueAt != null && dueAt.isBefore(now) ? dueAt : now;
        return handlingUnit(decidingUnit, steps, at);
    }

    /** Every unit the dossier was handled at: the deciding unit, and each unit that handed it over or received it. */
    public static Set<String> handledUnits(String decidingUnit, List<Step> steps) {
        Set<String> units = new LinkedHashSet<>();
        if (decidingUnit != null) {
            units.add(decidingUnit);
        }
        for (Step s : steps) {
            if (s.fromUnit() != null) {
                units.add(s.fromUnit());
            }
            if (s.toUnit() != null && !s.toUnit().isBlank()) {
                units.add(s.toUnit().trim());
            }
        }
        return units;
    }
}
