package vn.cchc.shared.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search that ignores diacritics and case: "Hộ tịch" and "ho tich" both
 * become "ho tich". Stored beside the original text and compared with the folded query.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked =
                MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NON_WORD.matcher(unmarked.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    /** The folded words of a query, for matching each word anywhere in the folded text. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Escapes LIKE wildcards in a folded word (backslash escape: in HQL write {@code like :w escape '\'}). */
    public static String likePattern(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
