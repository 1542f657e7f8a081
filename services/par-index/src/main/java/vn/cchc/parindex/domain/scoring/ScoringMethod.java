package vn.cchc.parindex.domain.scoring;

/** Where the value of a component criterion comes from. */
public enum ScoringMethod {
    /** The unit self-scores with evidence; the appraiser accepts or adjusts. */
    SELF_APPRAISED,
    /** Computed from events (dossiers, procedures, postings, inspections) by its indicator key. */
    AUTOMATIC,
    /** Sociological survey (SIPAS-style) result imported per unit and year, by its indicator key. */
    SURVEY
}
