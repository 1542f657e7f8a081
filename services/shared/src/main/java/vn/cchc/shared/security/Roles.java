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
    /**
     * Operator of national data: national calendar decisions ({@code VN}), central units and new province roots,
     * the national catalogue. Has no province; never implied by a province's {@link #ADMIN}.
     */
    public static final String NATIONAL_ADMIN = "national-admin";
    /** Provincial systems calling with client credentials: the integration API only. */
    public static final String INTEGRATION = "integration";

    /** Roles of people working for a unit (everything but citizen, integration and national-admin). */
    public static final java.util.Set<String> STAFF =
            java.util.Set.of(OFFICER, SPECIALIST, LEADER, INSPECTOR, APPRAISER, CATALOGUE_ADMIN, ADMIN);

    private Roles() {}
}
