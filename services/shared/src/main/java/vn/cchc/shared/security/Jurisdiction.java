package vn.cchc.shared.security;

/**
 * "A user of unit U may act on U and every unit below it." Units carry a path of codes from the root,
 * '/H99/H99.X01/H99.X01.MC/', published with each {@code UnitChanged} event, so every service can answer
 * this from its own copy of the units.
 */
public final class Jurisdiction {

    private Jurisdiction() {}

    /** Whether a unit with {@code targetPath} is {@code callerUnit} or one of its descendants. */
    public static boolean covers(String callerUnit, String targetPath) {
        if (callerUnit == null || callerUnit.isBlank() || targetPath == null) {
            return false;
        }
        return targetPath.contains("/" + callerUnit.trim() + "/");
    }

    /** The root unit (the province) of a path: 'H99' for '/H99/H99.X01/H99.X01.MC/'. */
    public static String rootOf(String path) {
        return path.substring(1, path.indexOf('/', 1));
    }

    /**
     * SQL LIKE pattern matching the paths of {@code unitPath}'s subtree (itself included), with '%', '_' and '\'
     * escaped by a backslash. PostgreSQL's native SQL takes the backslash as its default escape; in HQL, Hibernate 7
     * writes {@code escape ''}, so write {@code like :p escape '\'} there.
     */
    public static String subtreePattern(String unitPath) {
        return unitPath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
