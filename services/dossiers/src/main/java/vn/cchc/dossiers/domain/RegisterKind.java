package vn.cchc.dossiers.domain;

/**
 * The numbered documents of TT 03/2025 Phụ lục I and their registers (docs/domain/forms.md §1, §2). Each kind is
 * numbered per issuing unit and year from its own register ({@code document_register}); the number restarts at 1
 * on 1 January (local time) and prints as {@code <n>/<series>}, e.g. "12/PXL".
 */
public enum RegisterKind {
    /** Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, by the receiving point. */
    RECEIPT("TNHS", "01", null),
    /** Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, by the receiving point. */
    SUPPLEMENT("PBS", "02", "MAU02"),
    /** Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ, by the receiving point. */
    REFUSAL("PTC", "03", "MAU03"),
    /** Mẫu 04 Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết, by the unit that let the dossier run late. */
    APOLOGY("PXL", "04", null),
    /** Mẫu 05 Thông báo dừng giải quyết hồ sơ, by the receiving point. */
    STOP("TBD", "05", "MAU05"),
    /** Mẫu 07 Sổ theo dõi hồ sơ: the entry number (số thứ tự) in the receiving point's book of the year. */
    BOOK("STHS", "07", null);

    private final String series;
    private final String form;
    private final String noticeForm;

    RegisterKind(String series, String form, String noticeForm) {
        this.series = series;
        this.form = form;
        this.noticeForm = noticeForm;
    }

    /** The series code printed after the number ("PXL"), also the register's {@code kind}. */
    public String series() {
        return series;
    }

    /** "Mẫu số 04": the identifier TT 03/2025 Phụ lục I gives the form. */
    public String formId() {
        return "Mẫu số " + form;
    }

    /** The {@code dossier_notice.form} of Mẫu 02, 03 and 05; null for the others. */
    public String noticeForm() {
        return noticeForm;
    }

    /** The printed number: "12/PXL". */
    public String format(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("register numbers start at 1: " + number);
        }
        return number + "/" + series;
    }
}
