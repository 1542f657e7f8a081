package vn.cchc.dossiers.document;

import java.time.LocalDateTime;

/** Mẫu 05 — Thông báo dừng giải quyết hồ sơ. */
public record StopForm(
        FormHeader header,
        String dossierCode,
        Party applicant,
        String procedureName,
        String reason,
        LocalDateTime requestedAt) {}
