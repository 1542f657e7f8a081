package vn.cchc.shared.security;

/** Realm roles of the Keycloak realm {@code cchc} (deploy/keycloak/cchc-realm.json). */
public final class Roles {
    public static final String CITIZEN = "citizen";
    /** Bộ phận Một cửa: receives dossiers. */
    public static final String OFFICER = "officer";
    /** Chuyên viên: processes dossiers. */
    public static final String SPECIALIST = "specialist";
    /** Lãnh đạo: signs and approves. */
    public static final String LEADER = "leader";
    public static final String INSPECTOR = "inspector";
    /** Thẩm định Chỉ số CCHC. */
    public static final String APPRAISER = "appraiser";
    public static final String CATALOGUE_ADMIN = "catalogue-admin";
    public static final String ADMIN = "admin";
    /** Provincial systems calling with client credentials. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
