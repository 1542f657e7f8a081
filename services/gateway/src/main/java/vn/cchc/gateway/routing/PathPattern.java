package vn.cchc.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path pattern of literal segments, {@code *} (exactly one non-empty segment) and, as the last
 * segment only, {@code **} (any number of segments, also none). A trailing slash on the path is ignored.
 */
public final class PathPattern {

    private final String source;
    private final List<String> segments;
    private final boolean anyTail;

    private PathPattern(String source, List<String> segments, boolean anyTail) {
        this.source = source;
        this.segments = segments;
        this.anyTail = anyTail;
    }

    public static PathPattern parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("A path pattern must start with '/': " + pattern);
        }
        List<String> segments = new ArrayList<>(split(pattern));
        boolean anyTail = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.equals("**")) {
                if (i != segments.size() - 1) {
                    throw new IllegalArgumentException("'**' may only be the last segment: " + pattern);
                }
                anyTail = true;
            } else if (segment.contains("*") && !segment.equals("*")) {
                throw new IllegalArgumentException("'*' must be a whole segment: " + pattern);
            }
        }
        if (anyTail) {
            segments.remove(segments.size() - 1);
        }
        return new PathPattern(pattern, List.copyOf(segments), anyTail);
    }

    public boolean matches(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        List<String> actual = split(path);
        if (anyTail ? actual.size() < segments.size() : actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String given = actual.get(i);
            if (expected.equals("*") ? given.isEmpty() : !expected.equals(given)) {
                return false;
            }
        }
        return true;
    }

    /** Splits {@code /a/b/} into [a, b]; {@code /} into []. Empty inner segments are kept (they never match *). */
    static List<String> split(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.equals("/")) {
            return List.of();
        }
        return List.of(trimmed.substring(1).split("/", -1));
    }

    @Override
    public String toString() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathPattern other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }
}
