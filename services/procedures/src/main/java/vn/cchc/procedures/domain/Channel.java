package vn.cchc.procedures.domain;

/** Cách thức thực hiện, coded as on Cổng DVCQG: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
public enum Channel {
    DIRECT,
    ONLINE,
    POSTAL
}
