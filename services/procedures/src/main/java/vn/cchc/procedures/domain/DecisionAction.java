package vn.cchc.procedures.domain;

/** What a Quyết định công bố does to one procedure: công bố mới, sửa đổi bổ sung, bãi bỏ, thay thế. */
public enum DecisionAction {
    PUBLISH,
    AMEND,
    ABOLISH,
    REPLACE
}
