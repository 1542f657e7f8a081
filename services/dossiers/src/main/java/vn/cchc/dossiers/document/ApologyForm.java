package vn.cchc.dossiers.document;

import java.time.LocalDateTime;

/**
 * Mẫu 04 — Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết. A null {@code signerTitle} prints
 * "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ".
 */
public record ApologyForm(
        FormHeader header,
        String dossierCode,
        Party applicant,
        String procedureName,
        String decidingUnit,
        LocalDateTime receivedAt,
        LocalDateTime originalDueAt,
        String reason,
        LocalDateTime newDueAt,
        String signerTitle,
        String signerName) {}
