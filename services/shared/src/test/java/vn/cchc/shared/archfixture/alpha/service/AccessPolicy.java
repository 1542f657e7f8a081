package vn.cchc.shared.archfixture.alpha.service;

/** Bad: an access policy outside the security package. */
public final class AccessPolicy {
    private AccessPolicy() {}

    public static boolean canRead(String role) {
        return "officer".equals(role);
    }
}
