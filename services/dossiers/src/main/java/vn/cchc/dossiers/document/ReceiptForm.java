package vn.cchc.dossiers.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. {@code sets} and {@code bookSequence} of 0 or
 * less print as dotted lines.
 */
public record ReceiptForm(FormHeader header, String dossierCode, String receivingUnit, Party applicant,
        String procedureName, List<ComponentLine> components, int sets, String processingTime,
        LocalDateTime receivedAt, LocalDateTime dueAt, String returnPlace, String bookNumber, int bookSequence,
        String receiverName) {

    public ReceiptForm {
        components = Lists.copy(components);
    }
}
