package vn.cchc.dossiers.document;

import java.time.LocalDateTime;
import java.util.List;

/** Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ. */
public record ControlSlip(
        FormHeader header,
        String dossierCode,
        String decidingUnit,
        String coordinatingUnits,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        List<ControlSlipRow> rows) {

    public ControlSlip {
        rows = Lists.copy(rows);
    }
}
