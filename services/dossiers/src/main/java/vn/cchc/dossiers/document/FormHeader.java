package vn.cchc.dossiers.document;

import java.time.LocalDate;

/**
 * Header block shared by every form (TT 03/2025/TT-VPCP Phụ lục I).
 *
 * @param authorityName ĐƠN VỊ CHỦ QUẢN, e.g. "UBND tỉnh Hà Tĩnh" (printed in capitals)
 * @param unitName      BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ, e.g. "Trung tâm Phục vụ hành chính công phường Đúc"
 *                      (printed in bold capitals)
 * @param number        full document number with its series code, e.g. "125/TNHS-TTPVHCC"; printed after "Số: "
 * @param place         place name of the date line, e.g. "Phường Đúc"
 * @param date          date of the document
 */
public record FormHeader(String authorityName, String unitName, String number, String place, LocalDate date) {}
