package vn.cchc.dossiers.domain;

import vn.cchc.shared.problem.Message;

/**
 * The dossiers service's user-facing texts (problem details and violation messages), Vietnamese first, English second;
 * {0}, {1} … are the arguments. Chosen per request from {@code Accept-Language} (ADR 0015);
 * MessagesCatalogueTest fails on a key without both texts or a key no code uses.
 */
public enum Messages implements Message {
    WEBHOOK_URL_ABSOLUTE_HTTPS("một URL https tuyệt đối", "an absolute https URL"),
    WEBHOOK_URL_LENGTH("URL dài tối đa {0} ký tự", "at most {0} characters"),
    WEBHOOK_URL_WITH_HOST("một URL https tuyệt đối có tên máy chủ", "an absolute https URL with a host"),
    WEBHOOK_URL_HTTPS("URL phải dùng https", "the URL must use https"),
    WEBHOOK_URL_NO_USER_INFO(
            "URL không được chứa thông tin đăng nhập hay phân đoạn (#)", "no user info and no fragment in the URL"),
    WEBHOOK_HOST_UNRESOLVED("không phân giải được tên máy chủ", "the host does not resolve"),
    WEBHOOK_HOST_RESERVED(
            "tên máy chủ trỏ tới địa chỉ dành riêng, link-local hoặc multicast",
            "the host resolves to a reserved, link-local or multicast address"),
    WEBHOOK_HOST_PRIVATE(
            "tên máy chủ trỏ tới địa chỉ loopback hoặc địa chỉ mạng nội bộ",
            "the host resolves to a loopback or private address"),
    WEBHOOK_UNIT_UNKNOWN("một đơn vị mà dịch vụ này biết", "a unit known to this service"),
    WEBHOOK_LIMIT(
            "Mỗi client được đăng ký tối đa {0} webhook; hãy xoá một đăng ký trước khi thêm mới.",
            "At most {0} webhook subscriptions per client; delete one before adding another."),
    WEBHOOK_NOT_FOUND("Không có webhook {0} trong phạm vi của bạn.", "No webhook {0} in your reach."),
    WEBHOOK_DELIVERY_NOT_FOUND("Không có lần gửi {0} của webhook này.", "No delivery {0} of this webhook."),
    WEBHOOK_OR_DELIVERY_NOT_FOUND("Không có webhook hoặc lần gửi {0}.", "No webhook or delivery {0}."),
    WEBHOOK_EVENT_TYPES("một hoặc nhiều loại sự kiện trong {0}", "one or more of {0}"),
    WEBHOOK_EVENT_TYPES_SIZE("tối đa 50 loại sự kiện", "at most 50 entries"),
    WEBHOOK_UNIT_OUTSIDE(
            "Đơn vị {0} nằm ngoài phạm vi quản lý webhook của bạn.", "Unit {0} is outside your reach for webhooks."),
    JSON_BODY_REQUIRED("bắt buộc có nội dung JSON", "a JSON body is required"),
    DATE_YYYY_MM_DD("một ngày dạng yyyy-MM-dd", "a date yyyy-MM-dd"),
    ONE("một trong các giá trị {0}", "one of {0}"),
    INTEGER("một số nguyên", "an integer"),
    MOST_CHARACTERS("tối đa 60 ký tự", "at most 60 characters"),
    UNIT("không có đơn vị {0}", "no unit {0}"),
    FORM_FORMS_MAU_MAU("Không có mẫu {0}; các mẫu là mau-01 … mau-06.", "No form {0}; forms are mau-01 … mau-06."),
    RECEIVING_POINT_WHOSE_BOOK_PRINT("điểm tiếp nhận cần in sổ theo dõi", "the receiving point whose book to print"),
    DATE_MUST("ngày phải thuộc năm {0}", "the date must be in {0}"),
    PROVINCE_USE_PROVINCE_CODE_VN(
            "không có tỉnh {0}; dùng mã tỉnh hoặc VN", "no province {0}; use a province code or VN"),
    YEAR_SUCH("một năm, ví dụ 2026", "a year such as 2026"),
    CHARACTERS("từ 1 đến 100 ký tự", "1 to 100 characters"),
    JSON_ARRAY_ROWS("một mảng JSON các dòng", "a JSON array of rows"),
    MOST_ROWS_PER_IMPORT_SENT("tối đa {0} dòng mỗi lần nhập; đã gửi {1} dòng", "at most {0} rows per import; {1} sent"),
    ROW_NULL("một dòng, không được là null", "a row, not null"),
    DOSSIER_HAS_BEEN_RECEIVED_THERE(
            "Hồ sơ {0} chưa được tiếp nhận; chưa có Mẫu 01.", "Dossier {0} has not been received; there is no Mẫu 01."),
    DOSSIER_HAS_APOLOGY_LETTER_M(
            "Hồ sơ {0} không có phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).",
            "Dossier {0} has no apology letter (Mẫu 04)."),
    MUST_BEFORE_FROM("không được trước ngày bắt đầu (from)", "must not be before from"),
    BOOK_HOLDS_MOST_DOSSIERS_CHOOSE(
            "sổ theo dõi chứa tối đa {0} hồ sơ; hãy chọn khoảng thời gian ngắn hơn",
            "the book holds at most {0} dossiers; choose a shorter period"),
    DOSSIER_HAS("Hồ sơ {0} không có {1}.", "Dossier {0} has no {1}."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở đây; hồ sơ được nhập cho một đơn vị.",
            "Your account has no unit known here; dossiers are imported for a unit."),
    ROWS_RECEIVED_UNITS_OUTSIDE_YOUR(
            "{0} dòng được tiếp nhận tại đơn vị ngoài phạm vi của bạn (các dòng {1}{2}); không dòng nào được nhập.",
            "{0} rows are received at units outside your reach (rows {1}{2}); nothing was imported."),
    ID_SOURCE_SYSTEM("mã hồ sơ trong hệ thống nguồn", "the id in the source system"),
    APPEARS_TWICE_FILE("xuất hiện hai lần trong tệp", "appears twice in the file"),
    HISTORICAL_DOSSIERS_CARRY_THEIR_RECEIPT(
            "hồ sơ cũ phải có thời điểm tiếp nhận", "historical dossiers carry their receipt time"),
    HISTORICAL_DOSSIER_WAS_RECEIVED_ONLY(
            "hồ sơ cũ đã được tiếp nhận (không chỉ đăng ký trực tuyến)",
            "a historical dossier was received (not only registered online)"),
    FINISHED_DOSSIER_NEEDS_TIME_ENDED(
            "hồ sơ đã kết thúc phải có thời điểm kết thúc", "a finished dossier needs the time it ended"),
    ENDS_BEFORE_WAS_RECEIVED("kết thúc trước thời điểm tiếp nhận", "ends before it was received"),
    HISTORICAL_DOSSIER_CANNOT_END_FUTURE(
            "hồ sơ cũ không thể kết thúc trong tương lai", "a historical dossier cannot end in the future"),
    RETURNED_DOSSIER_NEEDS_RETURN_TIME(
            "hồ sơ đã trả kết quả phải có thời điểm trả", "a returned dossier needs the return time"),
    RETURNED_BEFORE_WAS_RESOLVED("trả kết quả trước khi giải quyết xong", "returned before it was resolved"),
    APOLOGY_BEFORE_RECEIPT("phiếu xin lỗi trước thời điểm tiếp nhận", "an apology before the receipt"),
    DOES_RECEIVE_DOSSIERS("{0} không tiếp nhận hồ sơ", "{0} does not receive dossiers"),
    PROCEDURE_CATALOGUE("không có thủ tục hành chính {0} trong danh mục", "no procedure {0} in the catalogue"),
    DOSSIER_YOURS_CODE("Không có hồ sơ nào của bạn với mã này.", "No dossier of yours with this code."),
    DOSSIER_HAS_RESULT_YET_CAN(
            "Hồ sơ {0} chưa có kết quả; chỉ đánh giá được sau khi có kết quả.",
            "Dossier {0} has no result yet; it can be rated after the result."),
    DOSSIER_HAS_ALREADY_BEEN_RATED("Hồ sơ {0} đã được đánh giá.", "Dossier {0} has already been rated."),
    DOSSIER_CODE_PHONE_NUMBER(
            "Không có hồ sơ với mã và số điện thoại này.", "No dossier with this code and phone number."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_2(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở đây.", "Your account has no unit known here."),
    PROCEDURE_LOCAL_CATALOGUE(
            "Thủ tục hành chính {0} không có trong danh mục tại đây.", "Procedure {0} is not in the local catalogue."),
    OFFICIAL_DECISION_ALREADY_EXISTS(
            "Đã có quyết định chính thức cho {0} trong năm {1}.",
            "An official decision for {0} already exists in {1}."),
    SWAPPED_WORKING_DAY_MUST_SATURDAY(
            "ngày làm bù phải là thứ Bảy, Chủ nhật hoặc một ngày thường vốn là ngày nghỉ (ngày lễ hoặc nghỉ bù) mà quyết định huỷ bỏ",
            "a swapped working day must be a Saturday or Sunday, or a weekday that is a default day off (holiday or nghỉ bù) the decision cancels"),
    DAY_OFF_MUST_WEEKDAY("ngày nghỉ phải là ngày trong tuần (thứ Hai đến thứ Sáu)", "a day off must be a weekday"),
    OFFICIAL_DECISION("Không có quyết định chính thức {0} trong năm {1}.", "No official decision {0} in {1}."),
    UNIT_OUTSIDE_YOUR_PROVINCE("Đơn vị {0} nằm ngoài tỉnh của bạn.", "Unit {0} is outside your province."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_3(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở đây; hồ sơ được tiếp nhận tại một đơn vị.",
            "Your account has no unit known here; dossiers are received at a unit."),
    YOU_RECEIVE_DOSSIERS_ONLY_YOUR(
            "Bạn chỉ tiếp nhận hồ sơ tại đơn vị của mình hoặc đơn vị cấp dưới.",
            "You receive dossiers only at your unit or below it."),
    DECIDING_UNIT_RECEIVING_UNIT_S(
            "đơn vị giải quyết {0} không thuộc tỉnh {1} của đơn vị tiếp nhận",
            "the deciding unit {0} is not in the receiving unit's province {1}"),
    DIRECT_ONLINE_POSTAL("DIRECT (trực tiếp), ONLINE (trực tuyến) hoặc POSTAL (bưu chính)", "DIRECT, ONLINE or POSTAL"),
    DIRECT_POSTAL_ELECTRONIC(
            "DIRECT (trực tiếp), POSTAL (bưu chính) hoặc ELECTRONIC (điện tử)", "DIRECT, POSTAL or ELECTRONIC"),
    DOSSIER_CANNOT_RECEIVED_FUTURE(
            "không thể tiếp nhận hồ sơ vào thời điểm trong tương lai", "a dossier cannot be received in the future"),
    DUE_DATE_FALLS_OUTSIDE_WORKING(
            "ngày hẹn trả nằm ngoài lịch làm việc: {0}", "the due date falls outside the working calendar: {0}"),
    ACTION("Không có thao tác {0}.", "No action {0}."),
    ACTION_RECEIVING_DECIDING_UNIT(
            "Thao tác {0} dành cho {1} của đơn vị tiếp nhận hoặc đơn vị giải quyết.",
            "Action {0} is for {1} of the receiving or deciding unit."),
    DOSSIER_ALLOWED_FROM(
            "Hồ sơ {0} đang ở trạng thái {1} ({2}); không được thực hiện {3} từ trạng thái này.",
            "Dossier {0} is {1} ({2}); {3} is not allowed from it."),
    NAME_STEP_BEING_HANDED_OVER("ghi rõ bước đang được chuyển giao", "name the step being handed over"),
    M_U_STATES_REASON("Mẫu 02 phải nêu lý do", "Mẫu 02 states the reason"),
    STATE_CITIZEN_S_REASON("ghi rõ lý do của người nộp hồ sơ", "state the citizen's reason"),
    UNIT_DOSSIER_S_PROVINCE(
            "đơn vị {0} không thuộc tỉnh {1} của hồ sơ", "unit {0} is not in the dossier's province {1}"),
    UNIT_LONGER_EXISTS_ENDED(
            "đơn vị {0} không còn tồn tại (kết thúc ngày {1})", "unit {0} no longer exists (ended {1})"),
    DOSSIER_ALREADY_HAS_APOLOGY_EXTENSION(
            "Hồ sơ {0} đã có phiếu xin lỗi và hẹn lại ngày trả kết quả; chỉ được hẹn lại một lần.",
            "Dossier {0} already has an apology and extension letter; the return date can be set again only once."),
    DOSSIER("Không có hồ sơ {0}.", "No dossier {0}."),
    ERASE_ONLY_RECEIVED(
            "Hồ sơ {0} đang ở trạng thái {1}: chỉ xoá được hồ sơ tiếp nhận nhầm còn ở trạng thái Được tiếp nhận (RECEIVED); hãy xử lý tiếp theo quy trình (từ chối, dừng xử lý…).",
            "Dossier {0} is {1}: only a dossier received in error and still RECEIVED can be erased; take it on through its lifecycle (refuse, stop …) instead."),
    ERASE_HAS_DECISION(
            "Hồ sơ {0} đã có quyết định hoặc kết quả giải quyết; không xoá được.",
            "Dossier {0} already has a decision or a result; it cannot be erased."),
    ERASE_HAS_LETTER(
            "Hồ sơ {0} đã có phiếu, thông báo hoặc thư xin lỗi (Mẫu 02–05); không xoá được.",
            "Dossier {0} already has a notice or letter (Mẫu 02–05); it cannot be erased."),
    ERASE_HAS_SUPPLEMENT(
            "Hồ sơ {0} đã có yêu cầu bổ sung; không xoá được.",
            "Dossier {0} already had a supplement request; it cannot be erased."),
    ERASE_WAS_HANDLED(
            "Hồ sơ {0} đã được chuyển xử lý hoặc tạm dừng tính thời gian; không xoá được.",
            "Dossier {0} was already handed over or paused; it cannot be erased."),
    ERASE_HAS_RATING("Hồ sơ {0} đã được đánh giá; không xoá được.", "Dossier {0} has been rated; it cannot be erased."),
    ERASE_ADMIN_ONLY(
            "Chỉ quản trị của tỉnh xoá được hồ sơ tiếp nhận nhầm của tỉnh mình.",
            "Only the province's admin erases dossiers received in error in the province."),
    ERASE_CODES_REQUIRED("từ 1 đến {0} mã hồ sơ", "from 1 to {0} dossier codes"),
    ERASE_CODE_TWICE("mã hồ sơ {0} xuất hiện hai lần", "dossier code {0} appears twice"),
    ERASE_CODE_SHAPE("một mã hồ sơ (tối đa 40 ký tự)", "a dossier code (at most 40 characters)"),
    ERASE_REASON_REQUIRED(
            "nêu lý do xoá (tối đa 500 ký tự, không ghi thông tin cá nhân)",
            "state why (at most 500 characters, no personal data)"),
    YOUR_ACCOUNT_S_UNIT_UNKNOWN(
            "Đơn vị của tài khoản bạn chưa được biết ở đây; không có hồ sơ để hiển thị.",
            "Your account's unit is unknown here; no dossiers to show."),
    LIST_LEAST_ONE_ITEM("liệt kê ít nhất một mục", "list at least one item"),
    PROCEDURE_CATALOGUE_2(
            "không có thủ tục hành chính {0} trong danh mục của {1}", "no procedure {0} in the catalogue of {1}"),
    PERIOD_NEEDS_BOTH_DATES("kỳ báo cáo cần đủ ngày bắt đầu và ngày kết thúc", "the period needs both dates"),
    REPORT_COVERS_MOST_FIVE_YEARS("một báo cáo chỉ bao gồm tối đa năm năm", "a report covers at most five years"),
    NAME_UNIT_WHOSE_REPORT_YOU("chọn đơn vị cần xem báo cáo", "name the unit whose report you want"),
    UNIT_OUTSIDE_YOUR_UNIT("Đơn vị {0} nằm ngoài đơn vị của bạn.", "Unit {0} is outside your unit."),
    YOUR_ACCOUNT_CARRIES_PERSONAL_IDENTIFICATION(
            "Tài khoản của bạn không có số định danh cá nhân (id_number); hãy tra cứu theo mã hồ sơ.",
            "Your account carries no personal identification number (id_number); use tracking by code instead."),
    INTEGRATION_CLIENT_DOES_READ_CALENDARS(
            "Tài khoản tích hợp không đọc lịch làm việc tại đây.",
            "The integration client does not read calendars here."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_4(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở đây; hãy chọn lịch bằng ?province=",
            "Your account has no unit known here; name the calendar with ?province="),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_5(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở đây; quyết định chính thức của một tỉnh do quản trị tỉnh đó ghi, quyết định toàn quốc do quản trị quốc gia ghi.",
            "Your account has no unit known here; official decisions are written for a province by its admin, national ones by a national admin."),
    CALENDAR_YEARS("lịch làm việc có các năm từ {0} đến {1}", "the working calendar covers the years {0} to {1}"),
    NOT_A_WORKING_DAY(
            "{0} không phải ngày làm việc (ngày nghỉ cuối tuần, ngày lễ hoặc ngày nghỉ)",
            "{0} is not a working day (weekend, holiday or day off)"),
    OUTSIDE_OFFICE_HOURS(
            "giờ trả kết quả {0} nằm ngoài giờ hành chính {1}–{2}, {3}–{4}",
            "the return time {0} is outside office hours {1}–{2}, {3}–{4}"),
    APOLOGY_REASON_REQUIRED("nêu lý do hồ sơ bị trễ hạn", "state why the dossier is late"),
    APOLOGY_SIGNER_REQUIRED("người đứng đầu đơn vị giải quyết ký Mẫu 04", "the head of the deciding unit signs Mẫu 04"),
    NEW_DUE_REQUIRED("ngày hẹn trả kết quả mới", "the new return date"),
    NEW_DUE_AFTER_ORIGINAL("phải sau ngày hẹn trả kết quả ban đầu {0}", "must be after the original due date {0}"),
    APOLOGY_ISSUER(
            "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) do đơn vị làm hồ sơ trễ hạn ban hành, tức {0} (đơn vị đang giải quyết): lãnh đạo đơn vị đó hoặc lãnh đạo đơn vị cấp trên nơi hồ sơ được giải quyết ký.",
            "The apology letter (Mẫu 04) is issued by the unit that let the dossier run late, {0} (handling it): by its leader, or a leader of a unit above it where the dossier was handled."),
    RATE_OVERALL("hãy đánh giá ít nhất tiêu chí chung", "rate at least the overall criterion"),
    UNKNOWN_CRITERION("tiêu chí không tồn tại", "unknown criterion"),
    RATING_LEVELS(
            "VERY_SATISFIED (rất hài lòng), SATISFIED (hài lòng) hoặc DISSATISFIED (không hài lòng)",
            "VERY_SATISFIED, SATISFIED or DISSATISFIED"),
    TOO_MANY_ATTEMPTS(
            "Có quá nhiều lần nhập sai từ địa chỉ của bạn; hãy thử lại sau {0} giây.",
            "Too many wrong attempts from your address; try again in {0} s."),
    NATIONAL_DECISIONS_NATIONAL_ADMIN(
            "Quyết định cấp quốc gia (VN) chỉ do quản trị quốc gia ghi.",
            "National decisions (VN) are written only by a national admin."),
    OWN_PROVINCE_DECISIONS_ONLY(
            "Bạn chỉ ghi quyết định chính thức cho tỉnh của mình.",
            "You write official decisions only for your own province.");

    private final String vi;
    private final String en;

    Messages(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String vi() {
        return vi;
    }

    @Override
    public String en() {
        return en;
    }
}
