package vn.cchc.shared.problem;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The languages the server answers in: Vietnamese (the default) and English. Chosen per request from
 * {@code Accept-Language} (q-values honoured); a header naming neither, a malformed one or none gives the default
 * ({@code cchc.problem.default-language}, {@code vi}). ADR 0015.
 */
public enum Language {
    VI("vi"),
    EN("en");

    /** The config key naming the language of a request that asks for none we serve. */
    public static final String DEFAULT_KEY = "cchc.problem.default-language";

    private static final List<String> TAGS = List.of("vi", "en");
    /** Longer headers are not parsed (bounded work); the default is used. */
    static final int MAX_HEADER_LENGTH = 512;

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The configured default ({@value #DEFAULT_KEY}); Vietnamese when unset or unknown. */
    public static Language fallback() {
        try {
            String configured = ConfigProvider.getConfig()
                    .getOptionalValue(DEFAULT_KEY, String.class)
                    .orElse("vi");
            return "en".equalsIgnoreCase(configured.trim()) ? EN : VI;
        } catch (RuntimeException | LinkageError noConfig) {
            return VI;
        }
    }

    /** The best language for an {@code Accept-Language} header value (null or blank: the default). */
    public static Language of(String acceptLanguage) {
        return of(acceptLanguage, fallback());
    }

    /** As {@link #of(String)} with an explicit default. */
    public static Language of(String acceptLanguage, Language fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getRange().equals("*")) {
                return fallback;
            }
            List<String> matched = Locale.filterTags(List.of(range), TAGS);
            if (!matched.isEmpty()) {
                return matched.get(0).equals("en") ? EN : VI;
            }
        }
        return fallback;
    }
}
