package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/domain/dossier-history.md §3: every action a history may hold has its Vietnamese name; none is missing. */
class HistoryActionsTest {

    /** Letters only Vietnamese uses (with the tone and vowel marks); an English or code-like name has none. */
    private static final String VIETNAMESE =
            ".*[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ].*";

    @Test
    void everyCodeTheServiceWritesHasAVietnameseName() {
        List<String> codes = HistoryActions.codes();
        for (DossierAction a : DossierAction.values()) {
            assertTrue(codes.contains(a.slug()), a + " has no history name");
        }
        for (String own : List.of(HistoryActions.REGISTER, HistoryActions.RECEIVE, HistoryActions.IMPORT)) {
            assertTrue(codes.contains(own), own);
        }
        assertEquals(DossierAction.values().length + 3, codes.size());
        Set<String> labels = new HashSet<>();
        for (String code : codes) {
            String label = HistoryActions.label(code);
            assertTrue(HistoryActions.known(code), code);
            assertNotEquals(code, label, code + " is shown as its code");
            assertTrue(label.toLowerCase().matches(VIETNAMESE), code + " → " + label + " is not Vietnamese");
            assertTrue(labels.add(label), "two actions are both named " + label);
        }
    }

    @Test
    void theNamesPeopleSee() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("register", "Nộp hồ sơ trực tuyến"),
                Map.entry("receive", "Tiếp nhận hồ sơ"),
                Map.entry("accept", "Tiếp nhận hồ sơ trực tuyến"),
                Map.entry("refuse", "Từ chối tiếp nhận"),
                Map.entry("start", "Chuyển xử lý"),
                Map.entry("handover", "Bàn giao"),
                Map.entry("request-supplement", "Yêu cầu bổ sung hồ sơ"),
                Map.entry("supplement-received", "Đã nhận hồ sơ bổ sung"),
                Map.entry("request-financial", "Yêu cầu thực hiện nghĩa vụ tài chính"),
                Map.entry("financial-fulfilled", "Đã hoàn thành nghĩa vụ tài chính"),
                Map.entry("withdraw", "Công dân rút hồ sơ"),
                Map.entry("stop", "Dừng xử lý"),
                Map.entry("resolve", "Hoàn thành giải quyết"),
                Map.entry("return", "Trả kết quả"),
                Map.entry("apology", "Xin lỗi và hẹn lại ngày trả kết quả"),
                Map.entry("import", "Chuyển từ hệ thống cũ"));
        assertEquals(expected.keySet(), Set.copyOf(HistoryActions.codes()));
        expected.forEach((code, label) -> assertEquals(label, HistoryActions.label(code), code));
    }

    @Test
    void anUnknownCodeIsShownAsItselfNotAFailure() {
        assertFalse(HistoryActions.known("teleport"));
        assertEquals("teleport", HistoryActions.label("teleport"));
        assertEquals(null, HistoryActions.label((String) null));
    }
}
