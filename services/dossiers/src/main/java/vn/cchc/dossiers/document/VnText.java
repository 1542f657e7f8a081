package vn.cchc.dossiers.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Vietnamese text helpers used by the renderers: NFC normalisation, dotted placeholders and the date
 * styles of administrative documents.
 */
public final class VnText {

    /** Printed for a missing (null or blank) value. */
    public static final String DOTS = "…………";
    /** Shorter placeholder used inside the date line ("…, ngày … tháng … năm …"). */
    static final String SHORT_DOTS = "……";

    static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VnText() {}

    /** Unicode NFC form of {@code s} (precomposed letters such as "ễ"), or null. */
    public static String nfc(String s) {
        if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** True when {@code s} is null or only whitespace. */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** NFC-normalised, stripped value, or {@link #DOTS} when it is missing. */
    public static String orDots(String s) {
        return blank(s) ? DOTS : nfc(s.strip());
    }

    /** Vietnamese capitals of the NFC value (e.g. "Phường Đúc" → "PHƯỜNG ĐÚC"), or {@link #DOTS}. */
    public static String upper(String s) {
        return blank(s) ? DOTS : nfc(nfc(s.strip()).toUpperCase(VI));
    }

    /** "09 giờ 30 phút, ngày 16/02/2026", or {@link #DOTS} for null. */
    public static String dateTime(LocalDateTime t) {
        if (t == null) {
            return DOTS;
        }
        return String.format(
                Locale.ROOT,
                "%02d giờ %02d phút, ngày %02d/%02d/%04d",
                t.getHour(),
                t.getMinute(),
                t.getDayOfMonth(),
                t.getMonthValue(),
                t.getYear());
    }

    /** "16/02/2026", or {@link #DOTS} for null. */
    public static String date(LocalDate d) {
        if (d == null) {
            return DOTS;
        }
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /**
     * The date line of an administrative document: "Phường Đúc, ngày 16 tháng 02 năm 2026". Days below 10
     * and the months 1 and 2 get a leading zero, the other months do not ("ngày 05 tháng 3 năm 2026"), as
     * Nghị định 30/2020/NĐ-CP prescribes. Missing parts print as dots: "……, ngày …… tháng …… năm ……".
     */
    public static String placeDate(String place, LocalDate d) {
        String p = blank(place) ? SHORT_DOTS : nfc(place.strip());
        if (d == null) {
            return p + ", ngày " + SHORT_DOTS + " tháng " + SHORT_DOTS + " năm " + SHORT_DOTS;
        }
        int m = d.getMonthValue();
        String month = m <= 2 ? "0" + m : Integer.toString(m);
        return String.format(Locale.ROOT, "%s, ngày %02d tháng %s năm %d", p, d.getDayOfMonth(), month, d.getYear());
    }

    /** Two digits for small counts, as forms print them ("02"), or {@link #DOTS} when not positive. */
    public static String count(int n) {
        return n <= 0 ? DOTS : String.format(Locale.ROOT, "%02d", n);
    }
}
