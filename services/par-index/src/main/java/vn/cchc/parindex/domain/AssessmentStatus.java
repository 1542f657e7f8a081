package vn.cchc.parindex.domain;

/** Tự chấm → thẩm định → giải trình → thẩm định lại → chốt → công bố (docs/domain/par-index.md §6.3). */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    EXPLANATION,
    REAPPRAISED,
    FINALISED,
    PUBLISHED;

    /** The unit may still change its self-assessment. */
    public boolean selfEditable() {
        return this == DRAFT;
    }

    /** The unit may upload evidence: while filling in, and with its explanation. */
    public boolean evidenceEditable() {
        return this == DRAFT || this == APPRAISED;
    }

    public boolean frozen() {
        return this == FINALISED || this == PUBLISHED;
    }
}
