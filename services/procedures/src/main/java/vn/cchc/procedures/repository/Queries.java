package vn.cchc.procedures.repository;

import vn.cchc.shared.text.SearchText;

/** Rules shared by the searches of this service. */
final class Queries {

    private Queries() {}

    /**
     * A query that holds text but no word once folded ("%", "_", "%_%", "--"): it matches nothing, rather than
     * acting as no filter at all. LIKE wildcards are therefore never "match everything"; inside words they are
     * separators, and the patterns built from the words are escaped ({@link SearchText#likePattern}).
     */
    static boolean matchesNothing(String query) {
        return query != null && !query.isBlank() && SearchText.words(query).isEmpty();
    }
}
