package vn.cchc.procedures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Unit of a processing time (đơn vị thời hạn giải quyết). */
public enum TimeUnit {
    /** giờ: 8 working hours make a working day */
    HOURS("giờ"),
    /** ngày (calendar days): 7 calendar days hold 5 working days */
    DAYS("ngày"),
    /** ngày làm việc */
    WORKING_DAYS("ngày làm việc"),
    /** tháng: about 22 working days */
    MONTHS("tháng");

    private final String vietnamese;

    TimeUnit(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Approximate working days, used only to compare a statutory time with the time in force when
     * they are in different units (the due date itself is computed by the dossiers' calendar).
     */
    public BigDecimal toWorkingDays(BigDecimal value) {
        return switch (this) {
            case HOURS -> value.divide(BigDecimal.valueOf(8), 4, RoundingMode.HALF_UP);
            case DAYS -> value.multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP);
            case WORKING_DAYS -> value.setScale(4, RoundingMode.HALF_UP);
            case MONTHS -> value.multiply(BigDecimal.valueOf(22)).setScale(4, RoundingMode.HALF_UP);
        };
    }

    /** Reads the national database's wording ("Ngày làm việc", "ngày", "Giờ", "Tháng") or the enum name. */
    public static TimeUnit parse(String text) {
        if (text == null) {
            return null;
        }
        String t = vn.cchc.shared.text.SearchText.fold(text).trim();
        return switch (t) {
            case "gio", "hours", "hour" -> HOURS;
            case "ngay", "days", "day", "ngay lich" -> DAYS;
            case "ngay lam viec", "working days", "working_days", "working day" -> WORKING_DAYS;
            case "thang", "months", "month" -> MONTHS;
            default -> null;
        };
    }
}
