package vn.cchc.shared.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} header values that no file name can break (RFC 6266, RFC 8187): the name is put in
 * NFC, stripped of control characters and path parts, given as a plain-ASCII {@code filename} fallback (anything
 * else replaced by '_', no quote or backslash) and as {@code filename*=UTF-8''...} percent-encoded. A value with
 * CR/LF or quotes can therefore never add a header or a parameter.
 */
public final class ContentDisposition {

    private static final int MAX_NAME = 150;

    private ContentDisposition() {}

    /** Download: the browser saves the file instead of rendering it. */
    public static String attachment(String filename) {
        return value("attachment", filename);
    }

    /** Shown in the browser (PDF previews only; send {@code X-Content-Type-Options: nosniff} too). */
    public static String inline(String filename) {
        return value("inline", filename);
    }

    private static String value(String type, String filename) {
        String name = clean(filename);
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** NFC, no control characters, no directory part, at most 150 characters; "download" when nothing is left. */
    static String clean(String filename) {
        if (filename == null) {
            return "download";
        }
        String name = Normalizer.normalize(filename, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029)
                .forEach(out::appendCodePoint);
        String result = out.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX_NAME) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_NAME));
        }
        return result.isBlank() ? "download" : result;
    }

    static String asciiFallback(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        StringBuilder out = new StringBuilder(stripped.length());
        for (char c : stripped.toCharArray()) {
            boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' && c != '%';
            out.append(safe ? c : '_');
        }
        return out.toString();
    }

    /** RFC 8187 value-chars: attr-char kept, everything else %XX of its UTF-8 bytes. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
