package vn.cchc.dossiers.document;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. {@code sets} and {@code bookSequence} of 0 or
 * less print as dotted lines.
 *
 * @param requestContent nội dung yêu cầu giải quyết: what the officer entered as the dossier's content
 * @param bookNumber     quyển số of the Sổ theo dõi hồ sơ (Mẫu 07) the dossier was entered in
 * @param bookSequence   số thứ tự in that book
 */
public record ReceiptForm(
        FormHeader header,
        String dossierCode,
        String receivingUnit,
        Party applicant,
        String requestContent,
        List<ComponentLine> components,
        int sets,
        String processingTime,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        String returnPlace,
        String bookNumber,
        int bookSequence,
        String receiverName) {

    public ReceiptForm {
        components = Lists.copy(components);
    }
}
