package vn.cchc.dossiers.domain;

/** Dossier statuses with the codes of the national portal (Cổng DVCQG), 1–10. */
public enum DossierStatus {
    /** 1 Mới đăng ký: filed online, awaiting receipt. */
    REGISTERED(1, "Mới đăng ký"),
    /** 2 Được tiếp nhận: valid and complete, clock started, Mẫu 01 issued. */
    RECEIVED(2, "Được tiếp nhận"),
    /** 3 Không được tiếp nhận (Mẫu 03). */
    REFUSED(3, "Không được tiếp nhận"),
    /** 4 Đang xử lý. */
    PROCESSING(4, "Đang xử lý"),
    /** 5 Yêu cầu bổ sung giấy tờ (Mẫu 02): the clock is paused. */
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung giấy tờ"),
    /** 6 Yêu cầu thực hiện nghĩa vụ tài chính: the clock is paused. */
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    /** 7 Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    /** 8 Dừng xử lý (Mẫu 05). */
    STOPPED(8, "Dừng xử lý"),
    /** 9 Đã xử lý xong. */
    RESOLVED(9, "Đã xử lý xong"),
    /** 10 Đã trả kết quả. */
    RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String vietnamese;

    DossierStatus(int code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public int code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** Received and not finished: the clock runs or is paused; it can become overdue. */
    public boolean isOpen() {
        return this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
    }

    /** The clock is paused (citizen's time is not the agency's). */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
    }
}
