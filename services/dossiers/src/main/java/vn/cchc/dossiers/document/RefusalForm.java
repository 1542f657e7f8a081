package vn.cchc.dossiers.document;

import java.util.List;

/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ.
 *
 * @param requestContent nội dung yêu cầu giải quyết (the dossier's content)
 */
public record RefusalForm(
        FormHeader header,
        String dossierCode,
        String receivingUnit,
        Party applicant,
        String requestContent,
        List<String> reasons,
        String receiverName) {

    public RefusalForm {
        reasons = Lists.copy(reasons);
    }
}
