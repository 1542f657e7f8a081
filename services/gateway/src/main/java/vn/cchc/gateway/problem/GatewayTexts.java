package vn.cchc.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's own problem texts in Vietnamese and English (ADR 0015), chosen per request from
 * {@code Accept-Language} (q-values honoured; none we serve, malformed or absent: {@code cchc.problem.default-language},
 * Vietnamese). {@code {0}} … are arguments. The domain services have the same mechanism in the shared library; the
 * gateway does not depend on it.
 */
public enum GatewayTexts {
    TITLE_NOT_FOUND("Không tìm thấy", "Not found"),
    TITLE_METHOD_NOT_ALLOWED("Phương thức không được hỗ trợ", "Method not allowed"),
    TITLE_INVALID("Yêu cầu không hợp lệ", "Invalid request"),
    TITLE_BAD_REQUEST("Yêu cầu không hợp lệ", "Bad request"),
    TITLE_PAYLOAD_TOO_LARGE("Nội dung yêu cầu quá lớn", "Payload too large"),
    TITLE_URI_TOO_LONG("Đường dẫn quá dài", "URI too long"),
    TITLE_HEADERS_TOO_LARGE("Phần header quá lớn", "Request header fields too large"),
    TITLE_UNAUTHORIZED("Chưa xác thực", "Unauthorized"),
    TITLE_FORBIDDEN("Không có quyền", "Forbidden"),
    TITLE_TOO_MANY_REQUESTS("Quá nhiều yêu cầu", "Too many requests"),
    TITLE_SERVICE_UNAVAILABLE("Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
    TITLE_GATEWAY_TIMEOUT("Dịch vụ không trả lời kịp", "Gateway timeout"),
    TITLE_BAD_GATEWAY("Dịch vụ trả lời lỗi", "Bad gateway"),
    TITLE_INTERNAL_ERROR("Lỗi hệ thống", "Internal error"),
    NOTHING_HERE("Không có tài nguyên ở đường dẫn này.", "Nothing is served at this path."),
    NO_API_HERE("Không có API ở đường dẫn này.", "No API is served at this path."),
    GET_AND_HEAD_ONLY("Đường dẫn này chỉ nhận GET và HEAD.", "This path only accepts GET and HEAD."),
    METHOD_NOT_SUPPORTED("Phương thức không được hỗ trợ.", "The method is not supported."),
    URI_TOO_LONG(
            "Đường dẫn và tham số quá dài (tối đa {0} ký tự).", "The request target is longer than {0} characters."),
    HEADERS_TOO_LARGE("Phần header lớn hơn {0} byte.", "The request headers are larger than {0} bytes."),
    URI_INVALID("uri: đường dẫn không hợp lệ (mã %XX sai).", "uri: the request target is not a valid URI."),
    BODY_TOO_LARGE("Nội dung gửi lên quá lớn (tối đa {0} byte).", "The request body is larger than {0} bytes."),
    BODY_TOO_LARGE_SHORT("Nội dung gửi lên quá lớn.", "The request body is too large."),
    NO_API_DOCUMENT("Không lấy được tài liệu API của dịch vụ nào.", "No service answered with its API document."),
    GATEWAY_FAILED("Cổng API không xử lý được yêu cầu.", "The gateway could not process the request."),
    RATE_LIMITED("Vượt quá giới hạn số yêu cầu; thử lại sau {0} giây.", "Rate limit exceeded; retry after {0} s."),
    TOKEN_INVALID("Access token không hợp lệ hoặc đã hết hạn.", "The access token is invalid or expired."),
    IDENTITY_PROVIDER_DOWN(
            "Chưa kiểm tra được access token: máy chủ xác thực (identity provider) tạm thời không truy cập được.",
            "The access token cannot be verified: the identity provider is not reachable right now."),
    TOKEN_REQUIRED("Tài nguyên này cần một bearer access token.", "This resource requires a bearer access token."),
    UPSTREAM_UNAVAILABLE(
            "Dịch vụ '{0}' tạm thời không truy cập được; vui lòng thử lại sau ít phút.",
            "The service '{0}' is not reachable right now; please try again shortly."),
    UPSTREAM_TIMEOUT("Dịch vụ '{0}' không trả lời trong {1} ms.", "The service '{0}' did not answer within {1} ms."),
    UPSTREAM_FAILED(
            "Dịch vụ '{0}' không trả về được câu trả lời đầy đủ.",
            "The service '{0}' failed to give a complete answer.");

    public static final String DEFAULT_KEY = "cchc.problem.default-language";
    private static final List<String> TAGS = List.of("vi", "en");

    private final String vi;
    private final String en;

    GatewayTexts(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** This text with its arguments, put into a language when the problem is written. */
    public Localized with(Object... args) {
        return new Localized(this, args.clone());
    }

    /** A text and its arguments. */
    public record Localized(GatewayTexts key, Object[] args) {
        public String in(String language) {
            String text = "en".equals(language) ? key.en : key.vi;
            for (int i = 0; i < args.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(args[i]));
            }
            return text;
        }
    }

    /** The title whose English text is {@code english} (the gateway's call sites name titles in English), or null. */
    public static GatewayTexts title(String english) {
        for (GatewayTexts t : values()) {
            if (t.name().startsWith("TITLE_") && t.en.equalsIgnoreCase(english)) {
                return t;
            }
        }
        return null;
    }

    /** "vi" or "en" for an {@code Accept-Language} header value. */
    public static String language(String acceptLanguage) {
        String fallback = fallback();
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return fallback;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getRange().equals("*")) {
                    return fallback;
                }
                List<String> matched = Locale.filterTags(List.of(range), TAGS);
                if (!matched.isEmpty()) {
                    return matched.get(0);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
        return fallback;
    }

    private static String fallback() {
        try {
            String configured = ConfigProvider.getConfig()
                    .getOptionalValue(DEFAULT_KEY, String.class)
                    .orElse("vi");
            return "en".equalsIgnoreCase(configured.trim()) ? "en" : "vi";
        } catch (RuntimeException | LinkageError noConfig) {
            return "vi";
        }
    }
}
