package vn.cchc.parindex.domain;

/** What a list of assessments is narrowed to; {@code null} fields do not narrow it. */
public record AssessmentFilter(
        Integer year, AssessmentStatus status, String unitCode, Long criteriaSetId, String level) {}
