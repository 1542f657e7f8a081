package vn.cchc.dossiers.domain;

/** How the period report groups its rows: by receiving unit, field, procedure or channel of receipt. */
public enum GroupBy {
    UNIT,
    FIELD,
    PROCEDURE,
    CHANNEL
}
