package vn.cchc.dossiers.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action codes a dossier's history records and the Vietnamese name people see for each (tên bước xử lý). The one
 * place for these names: the API sends the label next to the code, the SPA shows the label. The lifecycle actions
 * ({@link DossierAction}) are named by an exhaustive switch, so a new action does not compile without its name; the
 * three codes that are not lifecycle actions (online registration, receipt at the counter, transfer from an older
 * system) are listed here. See {@code docs/domain/dossier-history.md §3}.
 */
public final class HistoryActions {

    /** Nộp hồ sơ trực tuyến: an online dossier is registered (status REGISTERED), not yet received. */
    public static final String REGISTER = "register";
    /** Tiếp nhận hồ sơ: received at the counter, by post or from another system (the clock starts). */
    public static final String RECEIVE = "receive";
    /** Chuyển từ hệ thống cũ: the marker written when a historical dossier is imported (at the import time). */
    public static final String IMPORT = "import";

    private static final Map<String, String> LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(REGISTER, "Nộp hồ sơ trực tuyến");
        m.put(RECEIVE, "Tiếp nhận hồ sơ");
        for (DossierAction a : DossierAction.values()) {
            m.put(a.slug(), label(a));
        }
        m.put(IMPORT, "Chuyển từ hệ thống cũ");
        LABELS = Collections.unmodifiableMap(m);
    }

    private HistoryActions() {}

    /** The Vietnamese name of a lifecycle action. */
    public static String label(DossierAction a) {
        return switch (a) {
            case ACCEPT -> "Tiếp nhận hồ sơ trực tuyến";
            case REFUSE -> "Từ chối tiếp nhận";
            case START -> "Chuyển xử lý";
            case HANDOVER -> "Bàn giao";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung hồ sơ";
            case SUPPLEMENT_RECEIVED -> "Đã nhận hồ sơ bổ sung";
            case REQUEST_FINANCIAL -> "Yêu cầu thực hiện nghĩa vụ tài chính";
            case FINANCIAL_FULFILLED -> "Đã hoàn thành nghĩa vụ tài chính";
            case WITHDRAW -> "Công dân rút hồ sơ";
            case STOP -> "Dừng xử lý";
            case RESOLVE -> "Hoàn thành giải quyết";
            case RETURN -> "Trả kết quả";
            case APOLOGY -> "Xin lỗi và hẹn lại ngày trả kết quả";
        };
    }

    /**
     * The Vietnamese name of a history code. Every code the service writes has one ({@link #codes()}; tested); a code
     * from outside that list (none today) is shown as itself rather than failing the page.
     */
    public static String label(String code) {
        String label = code == null ? null : LABELS.get(code);
        return label == null ? code : label;
    }

    /** Whether {@code code} is one this service writes to a history. */
    public static boolean known(String code) {
        return code != null && LABELS.containsKey(code);
    }

    /** Every code a history may hold, in the order of the lifecycle. */
    public static List<String> codes() {
        return new ArrayList<>(LABELS.keySet());
    }
}
