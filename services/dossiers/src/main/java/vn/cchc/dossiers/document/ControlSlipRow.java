package vn.cchc.dossiers.document;

import java.time.LocalDateTime;

/**
 * One hand-over on the Phiếu kiểm soát (Mẫu 06).
 *
 * @param result "Trước hạn" / "Đúng hạn" / "Quá hạn", printed as given
 */
public record ControlSlipRow(
        String fromUnit, String fromUser, String toUnit, String toUser, LocalDateTime at, String result, String note) {}
