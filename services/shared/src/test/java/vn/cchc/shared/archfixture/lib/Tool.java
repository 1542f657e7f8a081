package vn.cchc.shared.archfixture.lib;

public final class Tool {
    public static String trim(String s) {
        return s.strip();
    }
}
