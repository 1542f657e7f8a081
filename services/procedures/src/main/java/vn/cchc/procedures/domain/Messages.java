package vn.cchc.procedures.domain;

import vn.cchc.shared.problem.Message;

/**
 * The procedures service's user-facing texts (problem details and violation messages), Vietnamese first, English second;
 * {0}, {1} … are the arguments. Chosen per request from {@code Accept-Language} (ADR 0015);
 * MessagesCatalogueTest fails on a key without both texts or a key no code uses.
 */
public enum Messages implements Message {
    REQUEST_BODY_MUST_HOLD_FILE("nội dung yêu cầu phải chứa tệp", "the request body must hold the file"),
    FILE_LARGER_THAN_BYTES("tệp lớn hơn {0} byte", "the file is larger than {0} bytes"),
    UNKNOWN_CHARSET("bảng mã {0} không được hỗ trợ", "unknown charset {0}"),
    MUST_BLANK("không được để trống", "must not be blank"),
    CODE_CANNOT_CHANGE_MUST_ABSENT(
            "không được đổi mã; mã phải là {0} hoặc bỏ trống", "the code cannot change; it must be {0} or absent"),
    REQUEST_NEEDS_JSON_BODY("yêu cầu cần có nội dung JSON", "the request needs a JSON body"),
    DATE_YYYY_MM_DD("một ngày dạng yyyy-MM-dd", "a date as yyyy-MM-dd"),
    ONE("một trong các giá trị {0}", "one of {0}"),
    REQUEST_BODY_MUST_HOLD_UNIT(
            "nội dung yêu cầu phải chứa danh sách đơn vị", "the request body must hold the unit list"),
    UNIT_LIST_LARGER_THAN_BYTES("danh sách đơn vị lớn hơn {0} byte", "the unit list is larger than {0} bytes"),
    PROCEDURE_CODE_ALREADY_EXISTS("Đã có thủ tục hành chính mã {0}.", "A procedure with code {0} already exists."),
    PROCEDURE_ABOLISHED_FROM_CANNOT_AMENDED(
            "Thủ tục hành chính {0} đã bị bãi bỏ từ ngày {1}; không thể sửa đổi.",
            "Procedure {0} is abolished from {1}; it cannot be amended."),
    PROCEDURE_HAS_PENDING_DRAFT(
            "Thủ tục hành chính {0} không có dự thảo đang chờ.", "Procedure {0} has no pending draft."),
    PROCEDURE_WAS_NEVER_PUBLISHED_FIRST(
            "Thủ tục hành chính {0} chưa từng được công bố; dự thảo đầu tiên chính là thủ tục nên không thể huỷ.",
            "Procedure {0} was never published; its first draft is the procedure itself and cannot be discarded."),
    MUST_BEFORE_DECISIONDATE("không được trước ngày quyết định (decisionDate)", "must not be before decisionDate"),
    UNIT_CODE("không có đơn vị mã {0}", "no unit with code {0}"),
    DECISION("Không có quyết định {0}.", "No decision {0}."),
    PROCEDURE_FORCE("Không có thủ tục hành chính {0} có hiệu lực vào ngày {1}.", "No procedure {0} in force on {1}."),
    PROCEDURE_HAS_VERSION("Thủ tục hành chính {0} không có phiên bản {1}.", "Procedure {0} has no version {1}."),
    PROCEDURE("Không có thủ tục hành chính {0}.", "No procedure {0}."),
    PROCEDURE_CODE("Không có thủ tục hành chính mã {0}.", "No procedure with code {0}."),
    UNIT("Không có đơn vị {0}.", "No unit {0}."),
    UNIT_CODE_ALREADY_EXISTS("Đã có đơn vị mã {0}.", "A unit with code {0} already exists."),
    UNIT_BELOW_VALID_FROM_UNIT(
            "đơn vị cấp dưới {0} có hiệu lực từ ngày {1}; một đơn vị không thể bắt đầu sau các đơn vị cấp dưới",
            "unit {0} below it is valid from {1}; a unit cannot start after its children"),
    TREE_WOULD_DEEPER_THAN_PATHS(
            "cây đơn vị sẽ sâu hơn giới hạn đường dẫn ({0} ký tự)",
            "the tree would be deeper than the paths allow ({0} characters)"),
    UNIT_2("không có đơn vị {0}", "no unit {0}"),
    UNIT_CANNOT_MERGED_INTO_ITSELF("không thể sáp nhập một đơn vị vào chính nó", "a unit cannot be merged into itself"),
    UNIT_ALREADY_MERGED_INTO(
            "Đơn vị {0} đã được sáp nhập vào {1} ngày {2}.", "Unit {0} already merged into {1} on {2}."),
    MUST_BEFORE_UNIT_S_VALIDFROM(
            "không được trước ngày có hiệu lực của đơn vị (validFrom) {0}",
            "must not be before the unit's validFrom {0}"),
    EMPTY_ROW("dòng trống", "empty row"),
    CODE_APPEARS_TWICE("mã {0} xuất hiện hai lần", "code {0} appears twice"),
    PARENT_CHAIN_LOOPS_BACK(
            "chuỗi đơn vị cấp trên của {0} quay vòng về chính nó", "the parent chain of {0} loops back to it"),
    TREE_DEEPER_THAN_PATHS_ALLOW(
            "cây đơn vị của {0} sâu hơn giới hạn đường dẫn ({1} ký tự)",
            "the tree of {0} is deeper than the paths allow ({1} characters)"),
    LETTERS_DIGITS_MOST(
            "chữ cái, chữ số, '.', '-' hoặc '_', tối đa 60 ký tự", "letters, digits, '.', '-' or '_', at most 60"),
    MOST_CHARACTERS("tối đa 300 ký tự", "at most 300 characters"),
    ONE_ADMINISTRATION_AGENCY_ONE_STOP(
            "một trong ADMINISTRATION, AGENCY, ONE_STOP", "one of ADMINISTRATION, AGENCY, ONE_STOP"),
    FIRST_DAY_UNIT_EXISTS("ngày đầu tiên đơn vị tồn tại", "the first day the unit exists"),
    MUST_BEFORE_VALIDFROM("không được trước ngày có hiệu lực (validFrom)", "must not be before validFrom"),
    UNIT_CANNOT_OWN_PARENT("một đơn vị không thể là cấp trên của chính nó", "a unit cannot be its own parent"),
    BELOW("{0} là cấp dưới của {1}", "{0} is below {1}"),
    MUST_BEFORE_PARENT_S_VALIDFROM(
            "không được trước ngày có hiệu lực của đơn vị cấp trên (validFrom) {0}",
            "must not be before the parent's validFrom {0}"),
    UNIT_CANNOT_SUCCEED_ITSELF("một đơn vị không thể kế thừa chính nó", "a unit cannot succeed itself"),
    MOST_FIELDS("tối đa 200 lĩnh vực", "at most 200 fields"),
    LISTED_TWICE("được liệt kê hai lần", "listed twice"),
    PROCEDURE_2("không có thủ tục hành chính {0}", "no procedure {0}"),
    BELONGS_CATALOGUE_RECEIVING_POINT_POSTS(
            "{0} thuộc danh mục của {1}; điểm tiếp nhận của {2} chỉ niêm yết thủ tục của tỉnh mình và thủ tục cấp quốc gia",
            "{0} belongs to the catalogue of {1}; a receiving point of {2} posts its own province's and the national procedures"),
    FORCE_TODAY_ONLY_PROCEDURES_FORCE(
            "{0} không có hiệu lực hôm nay; chỉ niêm yết thủ tục đang có hiệu lực",
            "{0} is not in force today; only procedures in force are posted"),
    HAS_PUBLISHED_VERSION("{0} không có phiên bản đã công bố {1}", "{0} has no published version {1}"),
    UNIT_RECEIVING_POINT_POSTS_PROCEDURES(
            "Đơn vị {0} không phải điểm tiếp nhận; đơn vị này không niêm yết thủ tục.",
            "Unit {0} is not a receiving point; it posts no procedures."),
    IMPORT("Không có lần nhập {0}.", "No import {0}."),
    ROW_HAS_MORE_THAN_COLUMNS("một dòng có nhiều hơn {0} cột", "a row has more than {0} columns"),
    MOST_UNITS_PER_IMPORT("tối đa {0} đơn vị mỗi lần nhập", "at most {0} units per import"),
    FIRST_ROW_MUST_NAME_COLUMNS(
            "dòng đầu tiên phải là tên các cột code,name,kind,level,parentCode,validFrom,validTo,successorCode,receivesDossiers,fields",
            "the first row must name the columns code,name,kind,level,parentCode,validFrom,validTo,successorCode,receivesDossiers,fields"),
    ADMINISTRATION_AGENCY_ONE_STOP("ADMINISTRATION, AGENCY hoặc ONE_STOP", "ADMINISTRATION, AGENCY or ONE_STOP"),
    FILE_READABLE_CSV("tệp không phải CSV đọc được: {0}", "the file is not a readable CSV: {0}"),
    DATE_YYYY_MM_DD_2("\"{0}\" không phải là ngày (yyyy-MM-dd)", "\"{0}\" is not a date (yyyy-MM-dd)"),
    EXPECTED_JSON_ARRAY_UNITS("cần một mảng JSON các đơn vị", "expected a JSON array of units"),
    JSON_ARRAY_CLOSED("mảng JSON chưa được đóng", "the JSON array is not closed"),
    EACH_UNIT_JSON_OBJECT("mỗi đơn vị là một đối tượng JSON", "each unit is a JSON object"),
    CONTENT_AFTER_END_JSON_ARRAY("có nội dung sau khi kết thúc mảng JSON", "content after the end of the JSON array"),
    REQUEST_BODY_VALID_JSON("nội dung yêu cầu không phải JSON hợp lệ: {0}", "the request body is not valid JSON: {0}"),
    REQUEST_BODY_COULD_READ("không đọc được nội dung yêu cầu", "the request body could not be read"),
    ONLY_ADMINS_NATIONAL_ADMIN_NATIONAL(
            "Chỉ quản trị viên (và quản trị quốc gia đối với dữ liệu toàn quốc) được thay đổi đơn vị.",
            "Only admins (and national-admin for national data) change units."),
    YOUR_ACCOUNT_HAS_UNIT_CODE(
            "Tài khoản của bạn chưa gắn đơn vị (unit_code); quản trị viên chỉ thay đổi đơn vị trong tỉnh của mình.",
            "Your account has no unit_code; an admin changes units of their province."),
    ONLY_CATALOGUE_ADMINS_ADMINS_NATIONAL(
            "Chỉ quản trị danh mục, quản trị viên và quản trị quốc gia được cập nhật danh mục.",
            "Only catalogue-admins, admins and national-admin maintain the catalogue."),
    PROCEDURE_BELONGS_CATALOGUE_WHICH_YOU(
            "Thủ tục hành chính {0} thuộc danh mục {1}, bạn không quản lý danh mục này.",
            "Procedure {0} belongs to the catalogue {1}, which you do not maintain."),
    ONLY_CATALOGUE_ADMINS_ADMINS_PROVINCE(
            "Chỉ quản trị danh mục và quản trị viên của một tỉnh (quản trị quốc gia đối với danh mục toàn quốc) được ghi nhận quyết định.",
            "Only catalogue-admins and admins of a province (national-admin for the national catalogue) record decisions."),
    ISSUER_OUTSIDE_YOUR_PROVINCE(
            "Cơ quan ban hành {0} nằm ngoài tỉnh của bạn.", "The issuer {0} is outside your province."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở dịch vụ này; mỗi lần nhập ghi vào danh mục của tỉnh bạn.",
            "Your account has no unit known to this service; an import writes the catalogue of your province."),
    INTEGRATION_CLIENT_READS_PUBLIC_DATA(
            "Tài khoản tích hợp chỉ đọc dữ liệu công khai.", "The integration client reads public data only."),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_2(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở dịch vụ này; báo cáo bao gồm tỉnh của bạn.",
            "Your account has no unit known to this service; reports cover your province."),
    ONLY_OFFICERS_LEADERS_UNIT_ABOVE(
            "Chỉ cán bộ và lãnh đạo của {0} (hoặc của đơn vị cấp trên) và quản trị viên của tỉnh được thay đổi danh sách niêm yết.",
            "Only officers and leaders of {0} (or of a unit above it) and admins of its province may change its posting."),
    UNIT_OUTSIDE_YOUR_UNIT_PROVINCE(
            "Đơn vị {0} nằm ngoài đơn vị hoặc tỉnh của bạn.", "Unit {0} is outside your unit or province."),
    NAME_UNIT_NATIONAL_ADMIN_HAS(
            "chọn một đơn vị (quản trị quốc gia không thuộc tỉnh nào)", "name a unit (national-admin has no province)"),
    YOUR_ACCOUNT_HAS_UNIT_KNOWN_3(
            "Tài khoản của bạn chưa gắn đơn vị đã biết ở dịch vụ này.",
            "Your account has no unit known to this service."),
    ONLY_CATALOGUE_STAFF_OF_PROVINCE_COUNT_WORK(
            "Chỉ quản trị danh mục và quản trị viên của một tỉnh có số liệu công việc danh mục.",
            "Only catalogue-admins and admins of a province have catalogue work counts."),
    MUST_NOT_BEFORE_EFFECTIVE_FROM(
            "không được trước ngày hiệu lực từ (effectiveFrom)", "must not be before effectiveFrom"),
    YEAR_RANGE("năm phải từ 1900 đến 2100", "the year must be between 1900 and 2100"),
    PROCEDURE_TWICE_IN_DECISION(
            "thủ tục hành chính {0} xuất hiện hai lần trong quyết định", "procedure {0} appears twice in the decision"),
    REPLACE_NAMES_SUCCESSOR(
            "REPLACE (thay thế) phải nêu thủ tục hành chính thay thế thủ tục này",
            "REPLACE names the procedure that replaces this one"),
    UNIT_CODE_PROCEDURE("không có thủ tục hành chính mã {0}", "no procedure with code {0}");

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
