package vn.cchc.procedures.domain;

/** What a unit is: UBND tỉnh/xã, a sở/ban/ngành, or a one-stop centre (TTPVHCC, Bộ phận Một cửa). */
public enum UnitKind {
    ADMINISTRATION,
    AGENCY,
    ONE_STOP
}
