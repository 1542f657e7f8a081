package vn.cchc.shared.text;

import io.quarkus.panache.common.Parameters;
import java.util.List;

/**
 * Builds the "every word occurs" condition of a diacritics-insensitive search over a column that
 * holds {@link SearchText#fold folded} text, for Panache queries.
 */
public final class WordFilter {

    private WordFilter() {}

    /** Appends {@code and <property> like :w0 and ...} to {@code where} and binds the parameters. */
    public static void allWords(StringBuilder where, Parameters params, String property, String query) {
        List<String> words = SearchText.words(query);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and ").append(property).append(" like :w").append(i).append(" escape '\\'");
            params.and("w" + i, SearchText.likePattern(words.get(i)));
        }
    }
}
