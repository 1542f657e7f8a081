package vn.cchc.indicators;

/**
 * For which unit a dossier is counted (and, in the unit tree, for every ancestor of that unit). Each report, figure
 * or indicator names its attribution; the table of which figure uses which, and why, is docs/domain/dossiers.md
 * §3.10.
 */
public enum Attribution {

    /**
     * The unit whose one-stop received the dossier (the receiving point that issued Mẫu 01). The period report
     * (báo cáo tình hình giải quyết TTHC) counts this way: it is the one-stop's workload and its service to citizens.
     */
    RECEIVING_UNIT,

    /**
     * The unit competent to decide the dossier (the one that resolved it), else the receiving unit while no deciding
     * unit is known. Inspection evidence (resolved counts) and the PAR Index dossier indicators count this way: they
     * judge the agency that did the work, which is often not the one that took the dossier in.
     */
    DECIDING_UNIT;

    /**
     * The unit a dossier counts for: {@code receiving} for {@link #RECEIVING_UNIT}; for {@link #DECIDING_UNIT}
     * {@code deciding} when known (not null), else {@code receiving}. {@code U} is whatever the caller identifies
     * a unit by (a code, or a code with its path: pass null for {@code deciding} unless it is complete).
     */
    public <U> U unitOf(U receiving, U deciding) {
        return this == DECIDING_UNIT && deciding != null ? deciding : receiving;
    }
}
