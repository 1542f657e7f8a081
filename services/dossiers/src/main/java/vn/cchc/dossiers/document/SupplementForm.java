package vn.cchc.dossiers.document;

import java.util.List;

/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
 *
 * @param requestContent nội dung yêu cầu giải quyết (the dossier's content)
 */
public record SupplementForm(
        FormHeader header,
        String dossierCode,
        Party applicant,
        String requestContent,
        List<String> items,
        String reason,
        String guideName,
        String guidePhone) {

    public SupplementForm {
        items = Lists.copy(items);
    }
}
