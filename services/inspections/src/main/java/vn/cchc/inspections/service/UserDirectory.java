package vn.cchc.inspections.service;

import java.util.List;

/**
 * The staff accounts of the realm, as a planner may add them to an inspection team. The implementation reads
 * Keycloak's admin REST API ({@link KeycloakUserDirectory}); tests put a fixed list in its place.
 */
public interface UserDirectory {

    /** One enabled account with a unit (service accounts and accounts without {@code unit_code} are left out). */
    record DirectoryUser(String username, String firstName, String lastName, String unitCode) {

        /** "Nguyễn Văn An": Vietnamese order (family name first), falling back to the user name. */
        public String displayName() {
            String last = lastName == null ? "" : lastName.strip();
            String first = firstName == null ? "" : firstName.strip();
            String name = (last + " " + first).strip();
            return name.isEmpty() ? username : name;
        }
    }

    /**
     * The realm's staff accounts, at most a configured number (the directory of one deployment: a province or the
     * national platform); may be cached for a short time.
     */
    List<DirectoryUser> staff();
}
