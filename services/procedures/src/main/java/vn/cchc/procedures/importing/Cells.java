package vn.cchc.procedures.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.procedures.domain.Channel;
import vn.cchc.procedures.domain.DateRange;
import vn.cchc.procedures.domain.OnlineLevel;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.ProcedureRules;
import vn.cchc.procedures.domain.TimeUnit;
import vn.cchc.shared.text.SearchText;

/**
 * Reads the cells of one spreadsheet row in the national database's wording ("Cấp tỉnh; Cấp xã",
 * "Trực tiếp; Trực tuyến", "Toàn trình", "Lệ phí: 8.000 đồng", "15/11/2025"), collecting every
 * problem with the row number and the field it belongs to.
 */
final class Cells {

    private static final Pattern VN_DATE_TEXT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE_TEXT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{4,5})(?:\\.0+)?");
    private static final Pattern TIME_TEXT = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern FEE = Pattern.compile(
            "^(.*?)[:\\-–]\\s*([0-9][0-9.,\\s]*)\\s*(đồng|dong|vnđ|vnd|đ)?\\s*$", Pattern.CASE_INSENSITIVE);

    private final int row;
    private final Map<String, String> values;
    private final RowErrors errors;

    Cells(int row, Map<String, String> values, RowErrors errors) {
        this.row = row;
        this.values = values;
        this.errors = errors;
    }

    String text(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * The ';'- or newline-separated items of a cell; at most {@value ProcedureRules#MAX_ITEMS} + 1 are read (one
     * more than allowed, so that the rules report the list as too long without a junk cell becoming millions of
     * strings).
     */
    List<String> list(String key) {
        String v = text(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= v.length() && out.size() <= ProcedureRules.MAX_ITEMS; i++) {
            if (i == v.length() || v.charAt(i) == ';' || v.charAt(i) == '\n') {
                String item = v.substring(start, i).trim();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    List<String> levels() {
        List<String> out = new ArrayList<>();
        String v = text("levels");
        if (v == null) {
            return out;
        }
        if (v.length() > 500) {
            error("levels", "maxLength", "at most 500 characters");
            return out;
        }
        for (String part : v.split("[;,\\n]")) {
            String f = SearchText.fold(part);
            if (f.isEmpty()) {
                continue;
            }
            out.add(
                    switch (f) {
                        case "cap tinh", "tinh", "province" -> "PROVINCE";
                        case "cap xa", "xa", "commune" -> "COMMUNE";
                        case "cap huyen", "huyen", "district" -> "DISTRICT";
                        case "cap bo", "trung uong", "cap trung uong", "central" -> "CENTRAL";
                        default -> part.trim().toUpperCase(java.util.Locale.ROOT);
                    });
        }
        return out;
    }

    List<Channel> channels() {
        List<Channel> out = new ArrayList<>();
        String v = text("channels");
        if (v == null) {
            return out;
        }
        if (v.length() > 500) {
            error("channels", "maxLength", "at most 500 characters");
            return out;
        }
        for (String part : v.split("[;,\\n]")) {
            String f = SearchText.fold(part);
            if (f.isEmpty()) {
                continue;
            }
            Channel c = switch (f) {
                case "truc tiep", "1", "direct" -> Channel.DIRECT;
                case "truc tuyen", "2", "online" -> Channel.ONLINE;
                case "buu chinh", "buu chinh cong ich", "qua buu chinh", "3", "postal" -> Channel.POSTAL;
                default -> null;
            };
            if (c == null) {
                error(
                        "channels",
                        "oneOf",
                        "unknown channel \"" + shown(part.trim()) + "\" (Trực tiếp, Trực tuyến, Bưu chính)");
            } else if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    OnlineLevel onlineLevel() {
        String v = text("onlineLevel");
        if (v == null) {
            return OnlineLevel.NONE;
        }
        return switch (SearchText.fold(v)) {
            case "toan trinh", "full" -> OnlineLevel.FULL;
            case "mot phan", "partial" -> OnlineLevel.PARTIAL;
            case "khong", "none", "" -> OnlineLevel.NONE;
            default -> {
                error("onlineLevel", "oneOf", "\"" + shown(v) + "\" is not Toàn trình, Một phần or Không");
                yield OnlineLevel.NONE;
            }
        };
    }

    boolean bool(String key, boolean dflt) {
        String v = text(key);
        if (v == null) {
            return dflt;
        }
        return switch (SearchText.fold(v)) {
            case "co", "x", "true", "1", "yes" -> true;
            case "khong", "false", "0", "no" -> false;
            default -> {
                error(key, "boolean", "\"" + shown(v) + "\" is not Có or Không");
                yield dflt;
            }
        };
    }

    BigDecimal number(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        String plain = v.replace(',', '.').replace(" ", "");
        if (plain.length() > 20 || plain.indexOf('e') >= 0 || plain.indexOf('E') >= 0) {
            // no exponents and no hundred-digit numbers: a time is a few digits
            error(key, "number", "\"" + shown(v) + "\" is not a number of at most 20 characters");
            return null;
        }
        if (!NUMBER.matcher(plain).matches()) {
            // checked first: a junk file of 20,000 rows must not cost 20,000 exceptions per column
            error(key, "number", "\"" + shown(v) + "\" is not a number");
            return null;
        }
        return new BigDecimal(plain);
    }

    ProcedureContent.Duration duration(String valueKey, String unitKey, TimeUnit fallbackUnit) {
        BigDecimal value = number(valueKey);
        String unitText = text(unitKey);
        TimeUnit unit = unitText == null ? fallbackUnit : TimeUnit.parse(unitText);
        if (unitText != null && unit == null) {
            error(unitKey, "oneOf", "\"" + shown(unitText) + "\" is not Giờ, Ngày, Ngày làm việc or Tháng");
            unit = fallbackUnit; // reported once, not again as a missing unit
        }
        if (value == null && unit == null) {
            return null;
        }
        return new ProcedureContent.Duration(value, unit);
    }

    List<ProcedureContent.Fee> fees() {
        List<ProcedureContent.Fee> out = new ArrayList<>();
        for (String part : list("fees")) {
            if (part.length() > 500) {
                error("fees", "maxLength", "\"" + shown(part) + "\": a fee is at most 500 characters");
                continue;
            }
            String folded = SearchText.fold(part);
            if (folded.equals("khong") || folded.startsWith("khong co") || folded.startsWith("mien")) {
                continue;
            }
            Matcher m = FEE.matcher(part);
            if (!m.matches()) {
                error("fees", "format", "\"" + shown(part) + "\" is not \"Tên phí: số tiền\"");
                continue;
            }
            String digits = m.group(2).replaceAll("[.,\\s]", "");
            if (digits.length() > 15) {
                error("fees", "max", "\"" + shown(part) + "\": at most 100,000,000,000 đồng");
                continue;
            }
            out.add(new ProcedureContent.Fee(m.group(1).trim(), new BigDecimal(digits), null));
        }
        return out;
    }

    LocalDate date(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        // read by patterns, without exceptions (a junk file has a bad date in every row)
        Matcher serial = EXCEL_SERIAL.matcher(v);
        if (serial.matches()) {
            // an Excel date cell read as its serial number (days since 30/12/1899)
            LocalDate date = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(serial.group(1)));
            if (!DateRange.ok(date)) {
                error(key, DateRange.RULE, DateRange.MESSAGE);
                return null;
            }
            return date;
        }
        Matcher vn = VN_DATE_TEXT.matcher(v);
        Matcher iso = ISO_DATE_TEXT.matcher(v);
        int year;
        int month;
        int day;
        if (vn.matches()) {
            day = Integer.parseInt(vn.group(1));
            month = Integer.parseInt(vn.group(2));
            year = Integer.parseInt(vn.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            error(key, "date", "\"" + shown(v) + "\" is not a date (dd/MM/yyyy)");
            return null;
        }
        if (year < DateRange.MIN_YEAR || year > DateRange.MAX_YEAR) {
            error(key, DateRange.RULE, DateRange.MESSAGE);
            return null;
        }
        if (month < 1
                || month > 12
                || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            error(key, "date", "\"" + shown(v) + "\" is not a date (dd/MM/yyyy)");
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (!DateRange.ok(date)) {
            error(key, DateRange.RULE, DateRange.MESSAGE);
            return null;
        }
        return date;
    }

    LocalTime time(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        Matcher m = TIME_TEXT.matcher(v);
        int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int minute = hour >= 0 ? Integer.parseInt(m.group(2)) : -1;
        int second = hour >= 0 && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
        if (hour < 0 || hour > 23 || minute > 59 || second > 59) {
            error(key, "time", "\"" + shown(v) + "\" is not a time (HH:mm)");
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /** A cell value as quoted in a message: at most 60 characters (a junk cell may hold megabytes). */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }

    void error(String field, String rule, String message) {
        errors.add(row, field, rule, message);
    }
}
