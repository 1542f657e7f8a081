package vn.cchc.procedures.domain;

import java.util.List;

/**
 * Which procedures a receiving point must post (niêm yết). A procedure that names its receiving points
 * is posted exactly there; otherwise every receiving point of a level the procedure is implemented at
 * posts it, limited to the fields the point serves when it declares any.
 */
public final class PostingRequirement {

    private PostingRequirement() {}

    public static boolean mustPost(
            String unitCode,
            String unitLevel,
            List<String> unitFields,
            String procedureField,
            List<String> procedureLevels,
            List<String> receivingPoints) {
        if (receivingPoints != null && !receivingPoints.isEmpty()) {
            return receivingPoints.contains(unitCode);
        }
        if (procedureLevels == null || !procedureLevels.contains(unitLevel)) {
            return false;
        }
        return unitFields == null || unitFields.isEmpty() || unitFields.contains(procedureField);
    }
}
