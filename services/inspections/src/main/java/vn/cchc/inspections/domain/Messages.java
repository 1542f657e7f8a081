package vn.cchc.inspections.domain;

import vn.cchc.shared.problem.Message;

/**
 * The inspections service's user-facing texts (problem details and violation messages), Vietnamese first, English second;
 * {0}, {1} … are the arguments. Chosen per request from {@code Accept-Language} (ADR 0015);
 * MessagesCatalogueTest fails on a key without both texts or a key no code uses.
 */
public enum Messages implements Message {
    MUST_DATE_YYYY_MM_DD("phải là một ngày dạng YYYY-MM-DD", "must be a date as YYYY-MM-DD"),
    MUST_DATE_BETWEEN_YEARS(
            "phải là một ngày trong khoảng năm 1900 đến 2100", "must be a date between the years 1900 and 2100"),
    MUST_WHOLE_NUMBER("phải là số nguyên", "must be a whole number"),
    MUST_BETWEEN("phải nằm trong khoảng từ {0} đến {1}", "must be between {0} and {1}"),
    MUST_UUID("phải là một UUID", "must be a UUID"),
    MUST_TRUE_FALSE("phải là true hoặc false", "must be true or false"),
    WORKING_CALENDAR_COVERS("lịch làm việc có từ năm {0} đến năm {1}", "the working calendar covers {0}–{1}"),
    CONTENT_GROUP_EXISTS("nhóm nội dung {0} đã tồn tại", "content group {0} exists"),
    CODE_CANNOT_CHANGE("không được đổi mã", "the code cannot change"),
    CHECKLIST_ITEM_EXISTS("mục kiểm tra {0} đã có trong {1}", "checklist item {0} exists in {1}"),
    CHECKLIST_ITEM_FOUND("không tìm thấy mục kiểm tra {0} trong {1}", "checklist item {0} not found in {1}"),
    CONTENT_GROUP_FOUND("không tìm thấy nhóm nội dung {0}", "content group {0} not found"),
    MUST_BEFORE_VALIDFROM("không được trước ngày có hiệu lực (validFrom)", "must not be before validFrom"),
    ONE_PLANNED_PROGRESS_ENDED_CONCLUDED(
            "một trong PLANNED, IN_PROGRESS, ENDED, CONCLUDED, CANCELLED",
            "one of PLANNED, IN_PROGRESS, ENDED, CONCLUDED, CANCELLED"),
    ONE_DUE_OVERDUE("một trong DUE, OVERDUE", "one of DUE, OVERDUE"),
    VISIT_CANNOT_START_AFTER_TODAY("đợt kiểm tra không thể bắt đầu sau hôm nay", "a visit cannot start after today"),
    VISIT_DOES_START_BEFORE_PLAN(
            "đợt kiểm tra không bắt đầu trước ngày của kế hoạch {0}",
            "a visit does not start before its plan's date {0}"),
    VISIT_CANNOT_END_AFTER_TODAY("đợt kiểm tra không thể kết thúc sau hôm nay", "a visit cannot end after today"),
    MUST_BEFORE_DAY_INSPECTION_STARTED(
            "không được trước ngày bắt đầu kiểm tra", "must not be before the day the inspection started"),
    CONCLUSION_NOTICE_WOULD_DUE_AFTER(
            "hạn ban hành thông báo kết luận sẽ sau ngày 31-12-{0} (lịch làm việc)",
            "the conclusion notice would be due after {0}-12-31 (the working calendar)"),
    SELF_INSPECTION_REPORT_YET("chưa có báo cáo tự kiểm tra", "no self-inspection report yet"),
    ITEM_INSPECTION_S_CHECKLIST(
            "mục {0} không có trong danh mục kiểm tra của cuộc kiểm tra này",
            "item {0} is not in this inspection's checklist"),
    ITEM_ANSWERED_TWICE("mục được trả lời hai lần", "item answered twice"),
    MULTIPART_PART_NAMED_FILE_REQUIRED(
            "cần một phần multipart tên 'file'", "a multipart part named 'file' is required"),
    FILE_PART_NEEDS_FILE_NAME("phần tệp cần có tên tệp", "the file part needs a file name"),
    FILE_MUST_HAVE_BYTES("tệp phải có từ 1 đến {0} byte", "the file must have 1 to {0} bytes"),
    FILE_NAME_HAS_USABLE_CHARACTERS("tên tệp không có ký tự dùng được", "the file name has no usable characters"),
    REMEDIATION_ITEMS_FOLLOW_VISIT_INSPECTION(
            "nội dung khắc phục được ghi sau đợt kiểm tra: cuộc kiểm tra đang ở trạng thái {0}",
            "remediation items follow the visit: the inspection is {0}"),
    INSPECTION_HAS_MOST_REMEDIATION_ITEMS(
            "một cuộc kiểm tra có tối đa {0} nội dung khắc phục", "an inspection has at most {0} remediation items"),
    RESPONSIBLE_UNIT_INSPECTED_UNIT_ONE(
            "đơn vị chịu trách nhiệm phải là đơn vị được kiểm tra hoặc một đơn vị trực thuộc",
            "the responsible unit is the inspected unit or one of its units"),
    DEFAULT_DEADLINE_WOULD_AFTER_WORKING(
            "hạn mặc định sẽ sau ngày 31-12-{0} (lịch làm việc); hãy nhập hạn",
            "the default deadline would be after {0}-12-31 (the working calendar); give one"),
    REMEDIATION_ITEM_COMPLETED("nội dung khắc phục đã hoàn thành", "the remediation item is completed"),
    REMEDIATION_ITEM_FOUND("không tìm thấy nội dung khắc phục {0}", "remediation item {0} not found"),
    AT_MOST_CHARACTERS("tối đa {0} ký tự", "at most {0} characters"),
    USER_DIRECTORY_UNAVAILABLE(
            "danh bạ người dùng (Keycloak) tạm thời không trả lời; hãy thử lại sau hoặc nhập thành viên bằng tay",
            "the user directory (Keycloak) is not answering; try again later or type the member by hand"),
    UNIT_INSPECTED_ONCE_PER_PLAN(
            "mỗi đơn vị chỉ được kiểm tra một lần trong một kế hoạch", "a unit is inspected once per plan"),
    PLAN_ALREADY_EXISTS("kế hoạch {0} của {1} đã tồn tại", "plan {0} of {1} already exists"),
    PLAN_DATED_BEFORE_FIRST_VISIT(
            "kế hoạch phải có ngày trước hoặc trùng đợt kiểm tra đầu tiên ({0})",
            "the plan is dated on or before its first visit ({0})"),
    UNIT_ALREADY_INSPECTED_PLAN(
            "đơn vị {0} đã được kiểm tra trong kế hoạch này", "unit {0} is already inspected in this plan"),
    PLAN_INSPECTS_MOST_UNITS("một kế hoạch kiểm tra tối đa {0} đơn vị", "a plan inspects at most {0} units"),
    UNIT_UNIT_PROVINCE("đơn vị {0} không thuộc tỉnh {1}", "unit {0} is not a unit of province {1}"),
    MUST_BEFORE_PERIODFROM("không được trước ngày bắt đầu kỳ (periodFrom)", "must not be before periodFrom"),
    EVIDENCE_PERIOD_ENDS_VISIT(
            "kỳ minh chứng phải kết thúc trước đợt kiểm tra", "the evidence period ends by the visit"),
    UNKNOWN_CONTENT_GROUP("không có nhóm nội dung {0}", "unknown content group {0}"),
    CONTENT_GROUP_LISTED_TWICE("nhóm nội dung {0} được liệt kê hai lần", "content group {0} is listed twice"),
    CONTENT_GROUP_FORCE(
            "nhóm nội dung {0} không có hiệu lực vào ngày {1} ({2} – {3})",
            "content group {0} is not in force on {1} ({2} – {3})"),
    JSON_BODY_REQUIRED("bắt buộc có nội dung JSON", "a JSON body is required"),
    JSON_ARRAY_REQUIRED("cần một mảng JSON", "a JSON array is required"),
    MOST_ELEMENTS("tối đa {0} phần tử", "at most {0} elements"),
    MUST_NULL("không được để trống (null)", "must not be null"),
    INSPECTION_HAS_MOST_FINDINGS(
            "một cuộc kiểm tra có tối đa {0} kết quả kiểm tra", "an inspection has at most {0} findings"),
    FINDING_HOLDS_MOST_FIGURES("một kết quả kiểm tra có tối đa {0} số liệu", "a finding holds at most {0} figures"),
    MOST_DOCUMENTS_ATTACHED_ONE_ITEM(
            "mỗi mục được đính kèm tối đa {0} tài liệu", "at most {0} documents are attached to one item"),
    DOCUMENT_FOUND("không tìm thấy tài liệu {0}", "document {0} not found"),
    FINDINGS_RECORDED_WHILE_INSPECTION_PROGRESS(
            "kết quả kiểm tra được ghi khi cuộc kiểm tra đang ở trạng thái IN_PROGRESS hoặc ENDED, không phải {0}",
            "findings are recorded while the inspection is IN_PROGRESS or ENDED, not {0}"),
    FINDING_FOUND("không tìm thấy kết quả kiểm tra {0}", "finding {0} not found"),
    CONTENT_GROUP_PLAN("nhóm nội dung {0} không có trong kế hoạch", "content group {0} is not in the plan"),
    CHECKLIST_ITEM_GROUP("mục kiểm tra {0} không thuộc nhóm {1}", "checklist item {0} is not in group {1}"),
    EVIDENCE_FIGURE_INSPECTION(
            "không có số liệu minh chứng '{0}' cho cuộc kiểm tra này", "no evidence figure '{0}' for this inspection"),
    SAVE_CONCLUSION_DRAFT_BEFORE_ISSUING(
            "hãy lưu dự thảo kết luận trước khi ban hành", "save the conclusion draft before issuing it"),
    NOTICE_NEEDS_NUMBER("thông báo kết luận cần có số", "the notice needs a number"),
    NOTICE_NEEDS_DATE("thông báo kết luận cần có ngày", "the notice needs a date"),
    NOTICE_NEEDS_SIGNER("thông báo kết luận cần có người ký", "the notice needs a signer"),
    CONCLUSION_NOTICE_YET("chưa có thông báo kết luận", "no conclusion notice yet"),
    CANNOT_INSPECTION_MUST(
            "không thể {0} một cuộc kiểm tra đang ở trạng thái {1} (phải là {2})",
            "cannot {0} an inspection that is {1} (must be {2})"),
    INSPECTION_CANNOT_BECOME(
            "cuộc kiểm tra đang ở trạng thái {0} không thể chuyển sang {1}",
            "an inspection that is {0} cannot become {1}"),
    CONCLUSION_NOTICE_HAS_BEEN_ISSUED(
            "thông báo kết luận đã được ban hành và không thể thay đổi",
            "the conclusion notice has been issued and cannot change"),
    REMEDIATION_ITEM_CANNOT_BECOME(
            "nội dung khắc phục đang ở trạng thái {0} không thể chuyển sang {1}",
            "a remediation item that is {0} cannot become {1}"),
    MUST_DATE_BETWEEN_WORKING_CALENDAR(
            "phải là một ngày từ 01-01-{0} đến 31-12-{1} (lịch làm việc)",
            "must be a date between {0}-01-01 and {1}-12-31 (the working calendar)"),
    WORKING_DAY("{0} không phải ngày làm việc ({1}{2})", "{0} is not a working day ({1}{2})"),
    MUST_BEFORE_SCHEDULEDFROM(
            "không được trước ngày bắt đầu dự kiến (scheduledFrom)", "must not be before scheduledFrom"),
    VISIT_BEFORE_PLAN_S_DATE(
            "đợt kiểm tra không được trước ngày của kế hoạch {0}", "the visit is not before the plan's date {0}"),
    DEADLINE_BEFORE_INSPECTION_ENDED(
            "hạn không được trước ngày kết thúc kiểm tra ({0})",
            "the deadline is not before the inspection ended ({0})"),
    NOTICE_DATED_AFTER_DAY_INSPECTION(
            "thông báo phải có ngày bằng hoặc sau ngày kết thúc kiểm tra ({0})",
            "the notice is dated on or after the day the inspection ended ({0})"),
    INTEGRATION_CLIENT_HAS_ACCESS_INSPECTIONS(
            "tài khoản tích hợp không được truy cập dữ liệu kiểm tra",
            "the integration client has no access to inspections"),
    INSPECTIONS_STAFF_ADMINISTRATIVE_UNITS(
            "chức năng kiểm tra dành cho cán bộ của các đơn vị hành chính",
            "inspections are for the staff of administrative units"),
    YOUR_ACCOUNT_HAS_UNIT_UNIT(
            "tài khoản của bạn chưa gắn đơn vị (unit_code): không dùng được chức năng này",
            "your account has no unit (unit_code): nothing here without one"),
    CONTENT_GROUPS_READ_INSPECTORS_LEADERS(
            "nhóm nội dung chỉ dành cho thanh tra viên, lãnh đạo và quản trị viên",
            "content groups are read by inspectors, leaders and admins"),
    CONTENT_GROUPS_NATIONAL_DATA_ONLY(
            "nhóm nội dung là dữ liệu toàn quốc: chỉ {0} được sửa",
            "content groups are national data: only {0} edits them"),
    CALENDAR_READ_INSPECTORS_ADMINS(
            "lịch làm việc chỉ dành cho thanh tra viên và quản trị viên",
            "the calendar is read by inspectors and admins"),
    UNIT_KNOWN_SERVICE("đơn vị {0} chưa được biết ở dịch vụ này", "unit {0} is not known to this service"),
    YOU_READ_CALENDAR_PROVINCE_ONLY(
            "bạn chỉ xem được lịch làm việc của tỉnh {0}", "you read the calendar of province {0} only"),
    INSPECTOR_UNIT_KNOWN_SERVICE_DOES(
            "thao tác này do thanh tra viên của một đơn vị đã biết ở dịch vụ này thực hiện",
            "an inspector of a unit known to this service does this"),
    PLAN_FOUND("không tìm thấy kế hoạch {0}", "plan {0} not found"),
    ONLY_INSPECTOR_PROVINCE_MANAGES_PLAN(
            "chỉ thanh tra viên của tỉnh {0} quản lý kế hoạch này",
            "only an inspector of province {0} manages this plan"),
    INSPECTION_FOUND("không tìm thấy cuộc kiểm tra {0}", "inspection {0} not found"),
    ONLY_INSPECTION_TEAM_SEES("chỉ đoàn kiểm tra được xem nội dung này", "only the inspection team sees this"),
    ONLY_INSPECTOR_PROVINCE_DOES(
            "chỉ thanh tra viên của tỉnh {0} thực hiện thao tác này", "only an inspector of province {0} does this"),
    LEADER_INSPECTED_UNIT_SUBMITS_SELF(
            "lãnh đạo đơn vị được kiểm tra nộp báo cáo tự kiểm tra",
            "the leader of the inspected unit submits the self-inspection report"),
    LEADER_RESPONSIBLE_UNIT_REPORTS_ITEM(
            "lãnh đạo đơn vị chịu trách nhiệm báo cáo về nội dung này",
            "the leader of the responsible unit reports on this item");

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
