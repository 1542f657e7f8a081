package vn.cchc.shared.files;

import java.text.Normalizer;
import java.util.Set;
import org.apache.tika.Tika;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.ProblemException;

/**
 * Checks an uploaded file by what it contains, not by what the client declares: Apache Tika reads the magic bytes
 * (and, for container formats such as DOCX/XLSX and for plain text such as CSV, refines them with the file name).
 * An executable or an HTML page declared as PDF, or an SVG declared as PNG, is refused with a 400 naming the field.
 */
public final class UploadGuard {

    private static final Tika TIKA = new Tika();
    private static final int MAX_NAME = 150;

    private UploadGuard() {}

    /**
     * The detected media type of {@code content}, which must be one of {@code allowedMediaTypes}.
     *
     * @param declaredName the client's file name, used only to refine a generic detection (zip → docx, text → csv)
     * @param field        the request field named in the problem when the file is refused
     */
    public static String verify(byte[] content, String declaredName, Set<String> allowedMediaTypes, String field) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid(field, "notEmpty", CommonMessages.FILE_EMPTY);
        }
        String detected = detect(content, declaredName);
        if (!allowedMediaTypes.contains(detected)) {
            throw ProblemException.invalid(
                    field,
                    "fileType",
                    CommonMessages.FILE_TYPE,
                    detected,
                    allowedMediaTypes.stream().sorted().toList());
        }
        return detected;
    }

    /** The media type Tika detects from the bytes, refined by the name where the bytes are generic. */
    public static String detect(byte[] content, String declaredName) {
        String name = declaredName == null ? null : safeFileName(declaredName);
        String type = TIKA.detect(content, name);
        int parameters = type.indexOf(';');
        return parameters < 0 ? type : type.substring(0, parameters).strip();
    }

    /**
     * A name safe to store and to show: NFC, without directory parts, control characters, quotes, backslashes or
     * leading dots, at most 150 characters (the extension kept); "file" when nothing is left.
     */
    public static String safeFileName(String name) {
        if (name == null) {
            return "file";
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(nfc.lastIndexOf('/'), nfc.lastIndexOf('\\'));
        nfc = nfc.substring(slash + 1);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints()
                .map(c -> Character.isISOControl(c)
                                || c == '"'
                                || c == '\''
                                || c == '<'
                                || c == '>'
                                || c == ':'
                                || c == '*'
                                || c == '?'
                                || c == '|'
                                || c == 0x2028
                                || c == 0x2029
                        ? '_'
                        : c)
                .forEach(out::appendCodePoint);
        String result = out.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX_NAME) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            int keep = MAX_NAME - extension.length();
            result = result.substring(0, result.offsetByCodePoints(0, keep)) + extension;
        }
        return result.isBlank() ? "file" : result;
    }
}
