package vn.cchc.dossiers.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Lists {
    private Lists() {}

    /** Unmodifiable copy without null elements; null becomes an empty list. */
    static <T> List<T> copy(List<T> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            if (t != null) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
