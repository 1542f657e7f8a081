package vn.cchc.dossiers.document;

import java.util.List;

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
public record SupplementForm(FormHeader header, String dossierCode, Party applicant, String procedureName,
        List<String> items, String reason, String guideName, String guidePhone) {

    public SupplementForm {
        items = Lists.copy(items);
    }
}
