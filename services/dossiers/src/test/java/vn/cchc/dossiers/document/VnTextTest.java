package vn.cchc.dossiers.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VnTextTest {

    @Test
    void timesPrintInVietnameseStyle() {
        assertEquals("09 giờ 30 phút, ngày 16/02/2026", VnText.dateTime(LocalDateTime.of(2026, 2, 16, 9, 30)));
        assertEquals("17 giờ 05 phút, ngày 01/12/2025", VnText.dateTime(LocalDateTime.of(2025, 12, 1, 17, 5)));
        assertEquals("16/02/2026", VnText.date(LocalDate.of(2026, 2, 16)));
        assertEquals(VnText.DOTS, VnText.dateTime(null));
        assertEquals(VnText.DOTS, VnText.date(null));
    }

    @Test
    void dateLineFollowsDecree30Zeros() {
        assertEquals(
                "Phường Đúc, ngày 16 tháng 02 năm 2026", VnText.placeDate("Phường Đúc", LocalDate.of(2026, 2, 16)));
        assertEquals("Huế, ngày 05 tháng 01 năm 2026", VnText.placeDate("Huế", LocalDate.of(2026, 1, 5)));
        assertEquals("Huế, ngày 05 tháng 3 năm 2026", VnText.placeDate("Huế", LocalDate.of(2026, 3, 5)));
        assertEquals("Huế, ngày 31 tháng 12 năm 2026", VnText.placeDate("Huế", LocalDate.of(2026, 12, 31)));
        assertEquals("……, ngày …… tháng …… năm ……", VnText.placeDate(null, null));
    }

    @Test
    void textIsNfcAndMissingValuesAreDotted() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        assertEquals("Nguyễn Thị Hồng Nhung", VnText.nfc(nfd));
        assertEquals("Nguyễn Thị Hồng Nhung", VnText.orDots("  " + nfd + " "));
        assertEquals(VnText.DOTS, VnText.orDots(null));
        assertEquals(VnText.DOTS, VnText.orDots("   "));
        assertNull(VnText.nfc(null));
        assertEquals(
                "ỦY BAN NHÂN DÂN PHƯỜNG ĐÚC",
                VnText.upper(Normalizer.normalize("Ủy ban nhân dân phường Đúc", Normalizer.Form.NFD)));
        assertEquals("02", VnText.count(2));
        assertEquals("12", VnText.count(12));
        assertEquals(VnText.DOTS, VnText.count(0));
    }
}
