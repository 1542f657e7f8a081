package vn.cchc.procedures.domain;

/** Mức độ dịch vụ công trực tuyến (NĐ 42/2022): toàn trình, một phần, or none. */
public enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
}
