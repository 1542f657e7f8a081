package vn.cchc.parindex.domain;

import java.util.Arrays;
import vn.cchc.shared.problem.ProblemException;

/**
 * The unit levels a province assesses with its own criteria set (and ranks separately): Sở, ban, ngành cấp tỉnh and
 * UBND cấp xã. A level reaches a file name (the ranking export), so it is always one of these constants.
 */
public enum AssessmentLevel {
    PROVINCE_DEPARTMENT,
    COMMUNE;

    /** The level named {@code text}, or a 400 naming {@code field}. */
    public static AssessmentLevel parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required", Messages.LEVEL_REQUIRED, names());
        }
        return Arrays.stream(values())
                .filter(l -> l.name().equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "enum", Messages.MUST_BE_ONE_OF, names()));
    }

    public static String names() {
        return Arrays.toString(values());
    }
}
