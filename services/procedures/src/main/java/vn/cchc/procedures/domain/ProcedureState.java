package vn.cchc.procedures.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * State of a procedure on a date, derived from its versions and decisions (never stored): not yet in
 * force (draft or decided with a later effective date), in force with its first version ("Đang công
 * khai"), in force with an amended version ("Đang công khai sửa đổi bổ sung"), abolished ("Bãi bỏ").
 */
public enum ProcedureState {
    DRAFT,
    IN_FORCE,
    AMENDED,
    ABOLISHED;

    /** States readable without logging in (public catalogue). */
    public static final Set<ProcedureState> PUBLIC = Set.of(IN_FORCE, AMENDED);

    /**
     * @param version   the version looked at
     * @param draft     whether it is an unpublished draft
     * @param validFrom first day it is in force (null for a draft)
     * @param validTo   last day it is in force (null = open)
     * @param abolishedOn the day the procedure stops existing (null = not abolished)
     * @param asOf      the date asked about
     */
    public static ProcedureState of(
            int version, boolean draft, LocalDate validFrom, LocalDate validTo, LocalDate abolishedOn, LocalDate asOf) {
        if (!draft && validFrom != null && !validFrom.isAfter(asOf) && (validTo == null || !validTo.isBefore(asOf))) {
            return version == 1 ? IN_FORCE : AMENDED;
        }
        if (abolishedOn != null && !abolishedOn.isAfter(asOf)) {
            return ABOLISHED;
        }
        return DRAFT;
    }

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
