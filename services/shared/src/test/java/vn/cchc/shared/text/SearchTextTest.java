package vn.cchc.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsAndCase() {
        assertEquals("ho tich", SearchText.fold("Hộ tịch"));
        assertEquals("dang ky khai sinh", SearchText.fold("Đăng ký khai sinh"));
        assertEquals("cap ban sao tu so goc", SearchText.fold("Cấp bản sao từ sổ gốc"));
        assertEquals("nguyen thi uyen", SearchText.fold("NGUYỄN THỊ UYỂN"));
    }

    @Test
    void foldsComposedAndDecomposedFormsAlike() {
        String composed = "Thủ tục";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(SearchText.fold(composed), SearchText.fold(decomposed));
    }

    @Test
    void keepsProcedureCodesSearchable() {
        assertEquals(List.of("1.000948.h38"), SearchText.words("  1.000948.H38 "));
        assertEquals(List.of("ho", "tich"), SearchText.words("hộ, tịch!"));
        assertEquals(List.of(), SearchText.words("  "));
    }

    @Test
    void escapesLikeWildcards() {
        assertEquals("%50\\%\\_x%", SearchText.likePattern("50%_x"));
    }
}
