package vn.cchc.shared.problem;

/**
 * The texts every service shares: problem titles, the problem mappers' own details and violation messages, and the
 * shared HTTP mechanisms' (ETags, Idempotency-Key, request input, uploads). Service texts live in each service's
 * own catalogue. Vietnamese first; {@code {0}} … are arguments. ADR 0015.
 */
public enum CommonMessages implements Message {
    // titles, one per problem type
    TITLE_NOT_FOUND("Không tìm thấy", "Not found"),
    TITLE_CONFLICT("Xung đột", "Conflict"),
    TITLE_INVALID("Yêu cầu không hợp lệ", "Invalid request"),
    TITLE_MALFORMED_BODY("Nội dung yêu cầu sai định dạng", "Malformed request body"),
    TITLE_FORBIDDEN("Không có quyền", "Forbidden"),
    TITLE_UNAUTHORIZED("Chưa xác thực", "Unauthorized"),
    TITLE_UNAVAILABLE("Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
    TITLE_INTERNAL("Lỗi hệ thống", "Internal error"),
    TITLE_TOO_MANY_REQUESTS("Quá nhiều yêu cầu", "Too many requests"),
    TITLE_PRECONDITION_REQUIRED("Thiếu điều kiện If-Match", "Precondition required"),
    TITLE_PRECONDITION_FAILED("Điều kiện If-Match không khớp", "Precondition failed"),
    TITLE_IDEMPOTENCY_KEY_REUSED("Idempotency-Key đã được dùng", "Idempotency-Key reused"),
    TITLE_REQUEST_IN_PROGRESS("Yêu cầu đang được xử lý", "Request in progress"),
    TITLE_BAD_REQUEST("Yêu cầu không hợp lệ", "Bad Request"),
    TITLE_METHOD_NOT_ALLOWED("Phương thức không được hỗ trợ", "Method Not Allowed"),
    TITLE_NOT_ACCEPTABLE("Không có định dạng phù hợp", "Not Acceptable"),
    TITLE_UNSUPPORTED_MEDIA_TYPE("Kiểu nội dung không được hỗ trợ", "Unsupported Media Type"),
    TITLE_PAYLOAD_TOO_LARGE("Nội dung yêu cầu quá lớn", "Payload too large"),
    TITLE_REQUEST_ENTITY_TOO_LARGE("Nội dung yêu cầu quá lớn", "Request Entity Too Large"),
    TITLE_ERROR("Lỗi", "Error"),

    // the mappers' own texts
    FIELD_MESSAGE("{0}: {1}", "{0}: {1}"),
    INVALID_REQUEST("yêu cầu không hợp lệ", "invalid request"),
    VIOLATIONS_IN_ALL("… tổng cộng {0} lỗi", "… {0} violations in all"),
    VIOLATIONS_FIRST_LISTED(" (liệt kê {0} lỗi đầu tiên)", " (the first {0} are listed)"),
    NUMBER_OUT_OF_RANGE("số nằm ngoài phạm vi cho phép", "the number is out of range"),
    MUST_NOT_BE_NULL("không được để trống (null)", "must not be null"),
    WRONG_TYPE("có giá trị sai kiểu hoặc định dạng", "has a value of the wrong type or format"),
    NOT_JSON("nội dung yêu cầu không phải JSON hợp lệ ({0})", "the request body is not valid JSON ({0})"),
    JSON_DUPLICATE_KEY("khoá bị lặp", "duplicate key"),
    JSON_TRAILING("có nội dung sau tài liệu", "content after the document"),
    JSON_TOO_DEEP("lồng sâu quá {0} cấp", "nesting deeper than {0}"),
    JSON_TOO_LONG("giá trị quá dài", "value too long"),
    JSON_NON_STANDARD_NUMBER("số không theo chuẩn", "non-standard number"),
    JSON_SYNTAX("sai cú pháp", "syntax"),
    BREAKS_RULE("Yêu cầu vi phạm quy tắc {0}.", "The request breaks the rule {0}."),
    BREAKS_RULE_SHORT("vi phạm quy tắc {0}", "breaks the rule {0}"),
    CONFLICTS_WITH_DATA(
            "Yêu cầu xung đột với dữ liệu đã có ({0}); có thể yêu cầu đã được gửi hai lần.",
            "The request conflicts with existing data ({0}); it may have been sent twice."),
    TOKEN_REQUIRED("Cần một bearer token hợp lệ.", "A valid bearer token is required."),
    ROLES_FORBID(
            "Vai trò hoặc đơn vị của bạn không được phép thực hiện thao tác này.",
            "Your roles or unit do not allow this action."),
    CONCURRENT_CHANGE(
            "Bản ghi này vừa được người khác thay đổi cùng lúc; tải lại rồi thử lại.",
            "Someone changed this record at the same time; reload it and try again."),
    DATABASE_UNAVAILABLE(
            "Cơ sở dữ liệu tạm thời không sẵn sàng; thử lại sau ít giây.",
            "The database is temporarily unavailable; retry in a few seconds."),
    VALUE_NOT_STORABLE(
            "Một giá trị vượt quá giới hạn lưu trữ (quá dài, quá lớn hoặc ký tự không hợp lệ).",
            "A value exceeds what can be stored (too long, too large, or an invalid character)."),
    VALUE_NOT_STORABLE_SHORT("một giá trị vượt quá giới hạn lưu trữ", "a value exceeds what can be stored"),
    INTERNAL_ERROR(
            "Không thể hoàn tất yêu cầu. Hãy cung cấp mã yêu cầu (request id) khi liên hệ hỗ trợ.",
            "The request could not be completed. Quote the request id to support."),

    // shared HTTP mechanisms
    IDEMPOTENCY_KEY_REUSED(
            "Idempotency-Key đã được dùng cho một yêu cầu khác; hãy dùng khoá mới cho yêu cầu mới.",
            "The Idempotency-Key was already used for a different request; use a new key for a new request."),
    IDEMPOTENCY_NEW_KEY("dùng khoá mới cho một yêu cầu khác", "a new key for a different request"),
    IDEMPOTENCY_KEY_FORMAT(
            "1 đến {0} ký tự ASCII in được, ví dụ một UUID", "1 to {0} printable ASCII characters, e.g. a UUID"),
    IDEMPOTENCY_IN_PROGRESS(
            "Một yêu cầu với cùng Idempotency-Key đang được xử lý; thử lại sau ít giây để nhận kết quả.",
            "A request with this Idempotency-Key is still being processed; retry in a moment to get its answer."),
    IDEMPOTENCY_RETRY_AFTER_FIRST("thử lại khi yêu cầu đầu tiên kết thúc", "retry after the first request ended"),
    IF_MATCH_REQUIRED(
            "Gửi kèm tiêu đề If-Match với ETag đã đọc (hiện tại {0}).",
            "Send If-Match with the ETag you read (currently {0})."),
    IF_MATCH_REQUIRED_SHORT("ETag của phiên bản đang được sửa", "the ETag of the revision being changed"),
    IF_MATCH_TOO_LONG("tối đa {0} ký tự", "at most {0} characters"),
    IF_MATCH_FAILED(
            "Bản ghi đã được người khác thay đổi; ETag hiện tại là {0}. Tải lại rồi thử lại.",
            "The resource was changed meanwhile; its current ETag is {0}. Reload it and try again."),
    PATH_CONTROL_CHARACTER(
            "đường dẫn không được chứa ký tự điều khiển (U+0000, CR, LF)",
            "the path must not contain control characters"),
    QUERY_NAME_CONTROL_CHARACTER(
            "tên tham số không được chứa ký tự điều khiển", "a parameter name contains a control character"),
    CONTROL_CHARACTER("không được chứa ký tự điều khiển (U+0000, CR, LF)", "must not contain control characters"),
    JSON_BODY_REQUIRED("bắt buộc có nội dung JSON", "a JSON body is required"),
    FILE_EMPTY("tệp rỗng", "the file is empty"),
    FILE_TYPE(
            "nội dung tệp là {0}, không thuộc các loại được phép {1}",
            "the content is {0}, not one of the allowed types {1}");

    private final String vi;
    private final String en;

    CommonMessages(String vi, String en) {
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

    /** The title message whose English text is {@code english} (titles given as strings by legacy code), or null. */
    public static CommonMessages title(String english) {
        for (CommonMessages m : values()) {
            if (m.name().startsWith("TITLE_") && m.en.equalsIgnoreCase(english)) {
                return m;
            }
        }
        return null;
    }
}
