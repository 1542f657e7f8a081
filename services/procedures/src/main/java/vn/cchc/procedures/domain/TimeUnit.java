package vn.cchc.procedures.domain;

/** Unit of a processing time (đơn vị thời hạn giải quyết). */
public enum TimeUnit {
    /** giờ */
    HOURS,
    /** ngày (calendar days) */
    DAYS,
    /** ngày làm việc */
    WORKING_DAYS,
    /** tháng */
    MONTHS
}
