package vn.cchc.parindex.domain;

import vn.cchc.shared.problem.Message;

/**
 * The par-index service's user-facing texts (problem details and violation messages), Vietnamese first, English second;
 * {0}, {1} … are the arguments. Chosen per request from {@code Accept-Language} (ADR 0015);
 * MessagesCatalogueTest fails on a key without both texts or a key no code uses.
 */
public enum Messages implements Message {
    MUST_JSON_OBJECT_SUCH_CONFIRMMISSINGEVIDENCE(
            "phải là một đối tượng JSON, ví dụ {\"confirmMissingEvidence\": [\"1.2\"]}",
            "must be a JSON object such as {\"confirmMissingEvidence\": [\"1.2\"]}"),
    MUST_JSON_SUCH_CONFIRMMISSINGEVIDENCE(
            "phải là JSON, ví dụ {\"confirmMissingEvidence\": [\"1.2\"]}",
            "must be JSON such as {\"confirmMissingEvidence\": [\"1.2\"]}"),
    MUST_JSON_XLSX("phải là json hoặc xlsx", "must be json or xlsx"),
    SET_HAS_CRITERIA_EXPORT("Bộ tiêu chí {0} chưa có tiêu chí để xuất.", "Set {0} has no criteria to export."),
    CRITERIA_SET_DOCUMENT_REQUIRED("cần một tài liệu bộ tiêu chí", "a criteria set document is required"),
    FIELDS_REQUIRED("cần {\"fields\": [...]}", "{\"fields\": [...]} is required"),
    NODE_REQUIRED_HERE_NULL("cần một tiêu chí ở đây, không được là null", "a node is required here, not null"),
    SET_HAS_MOST_CRITERIA("một bộ có tối đa {0} tiêu chí", "a set has at most {0} criteria"),
    SET_MOST_LEVELS_DEEP("một bộ sâu tối đa {0} cấp", "a set is at most {0} levels deep"),
    CRITERIA_SET_CODE_ALREADY_EXISTS("Đã có bộ tiêu chí mã {0}.", "A criteria set with code {0} already exists."),
    SET_HAS_CRITERIA_YET("Bộ tiêu chí {0} chưa có tiêu chí nào.", "Set {0} has no criteria yet."),
    ONLY_DRAFT_SET_CAN_ACTIVATED(
            "Chỉ bộ tiêu chí ở trạng thái DRAFT (dự thảo) mới được kích hoạt; bộ {0} đang ở trạng thái {1}.",
            "Only a DRAFT set can be activated; set {0} is {1}."),
    ONLY_ACTIVE_SET_CAN_RETIRED(
            "Chỉ bộ tiêu chí ở trạng thái ACTIVE (đang áp dụng) mới được ngừng áp dụng; bộ {0} đang ở trạng thái {1}.",
            "Only an ACTIVE set can be retired; set {0} is {1}."),
    CRITERIA_SET("Không có bộ tiêu chí {0}.", "No criteria set {0}."),
    ONLY_DRAFT_SET_CAN_EDITED(
            "Chỉ bộ tiêu chí ở trạng thái DRAFT (dự thảo) mới được sửa; bộ {0} đang ở trạng thái {1}.",
            "Only a DRAFT set can be edited; set {0} is {1}."),
    JSON_BODY_REQUIRED("bắt buộc có nội dung JSON", "a JSON body is required"),
    CRITERIA_SET_2("không có bộ tiêu chí {0}", "no criteria set {0}"),
    CRITERIA_SET_ASSESSMENTS_NEED_ACTIVE(
            "Bộ tiêu chí {0} đang ở trạng thái {1}; đánh giá cần một bộ tiêu chí ACTIVE (đang áp dụng).",
            "Criteria set {0} is {1}; assessments need an ACTIVE set."),
    UNIT_KNOWN_YET_PAR_INDEX(
            "đơn vị {0} chưa được biết (chưa đồng bộ) ở dịch vụ Chỉ số CCHC",
            "unit {0} is not known (yet) to par-index"),
    UNIT_PROVINCE("đơn vị {0} không thuộc tỉnh {1}", "unit {0} is not in province {1}"),
    UNIT_ALREADY_HAS_ASSESSMENT_AGAINST(
            "Đơn vị {0} đã có bản đánh giá theo bộ tiêu chí {1}.",
            "Unit {0} already has an assessment against set {1}."),
    ASSESSMENT("Không có bản đánh giá {0}.", "No assessment {0}."),
    CRITERION_VALUE_COMES_FROM(
            "tiêu chí {0} là {1}; giá trị lấy từ {2}", "criterion {0} is {1}; its value comes from {2}"),
    STEP_NAME_STEPS("Không có bước nào tên như vậy; các bước là {0}.", "No step of that name; steps are {0}."),
    CANNOT_ASSESSMENT_MUST(
            "Không thể {0} bản đánh giá đang ở trạng thái {1}; trạng thái phải là {2}.",
            "Cannot {0} an assessment that is {1}; it must be {2}."),
    CANNOT_ASSESSMENT("Không thể {0} bản đánh giá đang ở trạng thái {1}.", "Cannot {0} an assessment that is {1}."),
    CRITERIA_SET_HAS_CRITERION("Bộ tiêu chí {0} không có tiêu chí {1}.", "Criteria set {0} has no criterion {1}."),
    CRITERION_HAS_COMPONENT_CRITERIA_SCORE(
            "tiêu chí {0} có tiêu chí thành phần; hãy chấm điểm các tiêu chí thành phần",
            "criterion {0} has component criteria; score those"),
    EVERY_DOCUMENT_MUST_UPLOADED_ASSESSMENT(
            "mọi tài liệu phải được tải lên bản đánh giá này trước",
            "every document must be uploaded to this assessment first"),
    CANNOT_WHILE_ASSESSMENT(
            "Không thể {0} khi bản đánh giá đang ở trạng thái {1}.", "Cannot {0} while the assessment is {1}."),
    CSV_JSON_ROWS_REQUIRED("cần các dòng CSV hoặc JSON", "CSV or JSON rows are required"),
    UNIT_CODE_PROVINCE_REQUIRED("cần mã một đơn vị thuộc tỉnh {0}", "a unit code of province {0} is required"),
    MUST_UNIT_PROVINCE_KNOWN_PAR(
            "phải là một đơn vị thuộc tỉnh {0} đã biết ở dịch vụ Chỉ số CCHC",
            "must be a unit of province {0} known to par-index"),
    ITEM_KEY_SUCH_SIPAS_TOTAL("cần mã mục, ví dụ SIPAS.TOTAL", "an item key such as SIPAS.TOTAL is required"),
    MUST_NUMBER_FROM_MOST_TWO(
            "phải là số từ 0 đến 100, tối đa hai chữ số thập phân",
            "must be a number from 0 to 100 with at most two decimals"),
    MUST_WHOLE_NUMBER_FROM("phải là số nguyên từ 0 đến {0}", "must be a whole number from 0 to {0}"),
    MOST_CHARACTERS_U("tối đa 200 ký tự, không chứa U+0000", "at most 200 characters, no U+0000"),
    FILE_HAS_ROWS("tệp không có dòng nào", "the file has no rows"),
    FIRST_LINE_MUST_HEADER_UNITCODE(
            "dòng đầu tiên phải là tiêu đề unitCode,key,value,respondents,source",
            "the first line must be the header unitCode,key,value,respondents,source"),
    CSV_FILE_HEADER_UNITCODE_KEY(
            "không phải tệp CSV có tiêu đề unitCode,key,value,respondents,source",
            "is not a CSV file with the header unitCode,key,value,respondents,source"),
    MOST_ROWS_PER_IMPORT_SPLIT(
            "tối đa {0} dòng mỗi lần nhập; hãy chia nhỏ tệp", "at most {0} rows per import; split the file"),
    JSON("không phải JSON", "is not JSON"),
    MUST_ARRAY_ROWS_ROWS(
            "phải là một mảng các dòng (hoặc {\"rows\": [...]})", "must be an array of rows (or {\"rows\": [...]})"),
    EACH_ROW_OBJECT_UNITCODE_KEY(
            "mỗi dòng là một đối tượng {unitCode, key, value, respondents, source}",
            "each row is an object {unitCode, key, value, respondents, source}"),
    UNIT("Không có đơn vị {0}.", "No unit {0}."),
    CRITERIA_SET_DOCUMENT_JSON_XLSX(
            "cần một tài liệu bộ tiêu chí (JSON hoặc .xlsx)", "a criteria set document (JSON or .xlsx) is required"),
    IMPORTED_SET_NEEDS_CRITERIA("bộ tiêu chí được nhập phải có tiêu chí", "an imported set needs its criteria"),
    CRITERIA_SET_DOCUMENT("không phải tài liệu bộ tiêu chí: {0}", "is not a criteria set document: {0}"),
    SHEET_HAS_MOST_CRITERIA_ROWS(
            "một trang tính có tối đa {0} dòng tiêu chí bên dưới tối đa {1} dòng tiêu đề",
            "a sheet has at most {0} criteria rows below at most {1} header rows"),
    READABLE_XLSX_WORKBOOK("không phải tệp .xlsx đọc được", "is not a readable .xlsx workbook"),
    COLUMN_HEADER_ROW_CODE_NAME(
            "không tìm thấy dòng tiêu đề cột (code | name | maxPoints | …)",
            "no column header row (code | name | maxPoints | …) was found"),
    STEPS_WRITTEN("các bậc được viết dạng 80:0.5;90:0.75", "steps are written 80:0.5;90:0.75"),
    CONTAINS_CHARACTER_U("chứa ký tự U+0000", "contains the character U+0000"),
    NUMBER_OUT_RANGE("số nằm ngoài phạm vi cho phép", "the number is out of range"),
    NUMBER("không phải là số", "is not a number"),
    MUST_WHOLE_NUMBER_RANGE("phải là số nguyên trong phạm vi cho phép", "must be a whole number in range"),
    ONE("không thuộc các giá trị {0}", "is not one of {0}"),
    EVIDENCE_CAN_ADDED_WHILE_ASSESSMENT(
            "Chỉ thêm được minh chứng khi bản đánh giá ở trạng thái DRAFT hoặc APPRAISED; hiện là {0}.",
            "Evidence can be added while the assessment is DRAFT or APPRAISED; it is {0}."),
    ACCEPTED_USE_ONE("không được chấp nhận; dùng một trong {0}", "is not accepted; use one of {0}"),
    FILE_NAME_FILENAME_REQUIRED("cần tên tệp (?filename=)", "the file name (?filename=) is required"),
    FILE_EMPTY("tệp rỗng", "the file is empty"),
    CONTENT_DECLARED("nội dung là {0}, không phải loại đã khai báo {1}", "the content is {0}, not the declared {1}"),
    DOCUMENT_ASSESSMENT("Không có tài liệu {0} trong bản đánh giá {1}.", "No document {0} in assessment {1}."),
    LEVEL_REQUIRED("cần một cấp đánh giá: {0}", "a level is required: {0}"),
    MUST_BE_ONE_OF("phải là một trong {0}", "must be one of {0}"),
    INTEGRATION_NO_ACCESS(
            "Tài khoản tích hợp không dùng được dịch vụ Chỉ số CCHC.",
            "The integration client has no access to par-index."),
    STAFF_ONLY(
            "Chỉ cán bộ, công chức của một đơn vị mới dùng được dịch vụ Chỉ số CCHC.",
            "Only staff of a unit may use par-index."),
    NO_UNIT_CODE("Tài khoản chưa gắn đơn vị (unit_code).", "Your account has no unit_code."),
    PROVINCE_ADMIN_ONLY(
            "Chỉ quản trị tỉnh được thay đổi bộ tiêu chí.", "Only a province admin may change criteria sets."),
    UNIT_NO_KNOWN_PROVINCE("Đơn vị của bạn không thuộc tỉnh nào đã biết.", "Your unit belongs to no known province."),
    OTHER_PROVINCE_CRITERIA_SET(
            "Quản trị tỉnh {0} không sửa được bộ tiêu chí của tỉnh khác.",
            "An admin of {1} may not write the criteria sets of another province."),
    SELF_ASSESSMENT_STARTERS(
            "Chỉ lãnh đạo, chuyên viên của đơn vị hoặc quản trị tỉnh được bắt đầu tự đánh giá.",
            "Only a leader or specialist of the unit, or an admin of the province, may start a self-assessment."),
    ONLY_LEADER_SPECIALIST_ADMIN_PROVINCE(
            "Chỉ lãnh đạo, chuyên viên của {0} hoặc quản trị tỉnh {1} được bắt đầu tự đánh giá của đơn vị này.",
            "Only a leader or specialist of {0}, or an admin of province {1}, may start its self-assessment."),
    YOU_MAY_ASSESSMENT("Bạn không được {0} bản đánh giá này.", "You may not {0} this assessment."),
    ONLY_LEADER_SPECIALIST_MAY_DO(
            "Chỉ lãnh đạo hoặc chuyên viên của {0} được thực hiện thao tác này.",
            "Only a leader or specialist of {0} may do this."),
    WORK_COUNTS_APPRAISERS(
            "Chỉ thẩm định viên của một tỉnh đã biết có số việc chờ thẩm định.",
            "Only an appraiser of a known province has appraisal work counts."),
    ONLY_APPRAISER_PROVINCE_MAY_DO(
            "Chỉ thẩm định viên của tỉnh {0} được thực hiện thao tác này.",
            "Only an appraiser of province {0} may do this."),
    PROVINCE_REQUIRED(
            "cần mã tỉnh (tài khoản của bạn không có), ví dụ province=H99",
            "name the province (your account has none): e.g. province=H99"),
    SURVEY_IMPORTERS(
            "Chỉ thẩm định viên và quản trị viên được nhập số liệu khảo sát.",
            "Only appraisers and admins import surveys."),
    SURVEY_OWN_PROVINCE(
            "Chỉ nhập được số liệu của đơn vị thuộc tỉnh {0}.", "You may import values of units of {1} only."),
    SURVEY_VALUES_APPRAISERS_ADMINS_INSPECTORS(
            "Số liệu khảo sát dành cho thẩm định viên, quản trị viên, thanh tra viên và lãnh đạo các đơn vị.",
            "Survey values are for appraisers, admins, inspectors and the units' leaders."),
    SERVICE_INDEX_READERS(
            "Chỉ số QĐ 766 dành cho thẩm định viên, quản trị viên, thanh tra viên và lãnh đạo các đơn vị.",
            "The QĐ 766 index is for appraisers, admins, inspectors and the units' leaders."),
    ENDPOINT_ACCEPTS_AT_MOST("đường dẫn này nhận tối đa {0} byte", "this endpoint accepts at most {0} bytes"),
    AT_MOST_BYTES("tối đa {0} byte", "at most {0} bytes");

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
