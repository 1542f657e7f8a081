package vn.cchc.gateway.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One "may be called without a token" rule, written {@code "METHOD PATTERN"}: METHOD is {@code *}
 * (any) or one or more methods joined by {@code |} (e.g. {@code GET|POST}); HEAD is allowed wherever GET is.
 */
public record PublicPathRule(Set<String> methods, PathPattern pattern) {

    public static PublicPathRule parse(String rule) {
        String trimmed = rule == null ? "" : rule.trim();
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A public path must read 'METHOD /path/pattern': '" + rule + "'");
        }
        Set<String> methods = parts[0].equals("*")
                ? Set.of()
                : Arrays.stream(parts[0].split("\\|"))
                        .map(m -> m.trim().toUpperCase(Locale.ROOT))
                        .filter(m -> !m.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        return new PublicPathRule(methods, PathPattern.parse(parts[1]));
    }

    /** True if this rule lets {@code method path} through without a token (an empty method set means any). */
    public boolean allows(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        boolean methodOk = methods.isEmpty() || methods.contains(m) || (m.equals("HEAD") && methods.contains("GET"));
        return methodOk && pattern.matches(path);
    }

    @Override
    public String toString() {
        return (methods.isEmpty() ? "*" : String.join("|", methods)) + " " + pattern;
    }
}
