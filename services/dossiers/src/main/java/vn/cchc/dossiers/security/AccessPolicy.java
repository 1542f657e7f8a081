package vn.cchc.dossiers.security;

import java.util.Optional;
import java.util.Set;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

/**
 * Every access decision of the dossiers service, in one place (plain Java, unit-tested; the role × operation
 * table is in the README). The role decides <em>what</em>, the unit decides <em>where</em>:
 * <ul>
 *   <li>officer, specialist, leader work on dossiers received or decided at their unit or below it
 *       ({@link Jurisdiction#covers});</li>
 *   <li>admin and inspector are province-wide and read-only on dossiers: every dossier, book, form and report
 *       of the province that is the root of their unit (never another province's);</li>
 *   <li>appraiser reads the QĐ 766 indicators of its province;</li>
 *   <li>national-admin has no province: it writes the national (VN) calendar decisions, reads calendars and
 *       reports of every province and the national catalogue copy; it never reads dossiers (personal data stays in
 *       the province) and never writes a province's data;</li>
 *   <li>the integration client (a machine account) reaches only the integration API, within its unit's subtree,
 *       and the public reads;</li>
 *   <li>a caller without a unit (or with a unit this service does not know) gets nothing that needs a unit: never a
 *       fallback to the national calendar or to "everything".</li>
 * </ul>
 * The province of a caller is the root of its unit's path in this service's unit copy. The {@code can…} rules answer
 * yes or no; the {@code require…} ones are the same rules as the resources and use cases apply them, throwing the
 * 403 (problem+json) with its message, so that no resource decides access itself.
 */
public final class AccessPolicy {

    /** Province code of the national calendar decisions. */
    public static final String NATIONAL = "VN";

    /** Roles that work on the dossiers of their unit and its descendants. */
    public static final Set<String> UNIT_STAFF = Set.of(Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER);
    /** Province-wide roles that read dossiers (never write them). */
    public static final Set<String> PROVINCE_READERS = Set.of(Roles.ADMIN, Roles.INSPECTOR);
    /** Roles that read reports of the whole province. */
    public static final Set<String> PROVINCE_REPORTERS = Set.of(Roles.ADMIN, Roles.INSPECTOR, Roles.APPRAISER);
    /** Every role that is not the integration client's. */
    private static final Set<String> HUMAN_ROLES = Set.of(
            Roles.CITIZEN,
            Roles.OFFICER,
            Roles.SPECIALIST,
            Roles.LEADER,
            Roles.INSPECTOR,
            Roles.APPRAISER,
            Roles.CATALOGUE_ADMIN,
            Roles.ADMIN,
            Roles.NATIONAL_ADMIN);

    private AccessPolicy() {}

    /**
     * The caller as the policy sees it.
     *
     * @param name     user name (for history)
     * @param roles    realm roles
     * @param unitCode the caller's unit when this service knows it, else null
     * @param unitPath the path of that unit in the unit copy ('/H99/H99.X01/'), else null
     */
    public record Subject(String name, Set<String> roles, String unitCode, String unitPath) {

        public Subject {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            if (unitCode == null || unitPath == null) {
                unitCode = null;
                unitPath = null;
            }
        }

        public boolean has(String role) {
            return roles.contains(role);
        }

        public boolean hasAny(Set<String> any) {
            for (String r : any) {
                if (roles.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        public boolean hasUnit() {
            return unitPath != null;
        }

        /** The caller's province: the root of its unit's path (empty without a known unit). */
        public Optional<String> province() {
            return unitPath == null ? Optional.empty() : Optional.of(Jurisdiction.rootOf(unitPath));
        }

        /** Whether the unit at {@code path} is the caller's unit or below it. */
        public boolean covers(String path) {
            return unitCode != null && path != null && Jurisdiction.covers(unitCode, path);
        }

        /** Whether the unit at {@code path} belongs to the caller's province. */
        public boolean inProvince(String path) {
            return path != null
                    && province().map(p -> path.startsWith("/" + p + "/")).orElse(false);
        }

        /** The integration client: role integration and no role of a person. */
        public boolean integrationOnly() {
            return has(Roles.INTEGRATION) && !hasAny(HUMAN_ROLES);
        }
    }

    // ------------------------------------------------------------------ dossiers

    /** Read a dossier, its history and its forms (Mẫu 01–06): staff of the receiving or deciding unit or above; admin
     * and inspector of the same province. */
    public static boolean canRead(Subject s, String receivingPath, String decidingPath) {
        if (s.hasAny(UNIT_STAFF) && (s.covers(receivingPath) || s.covers(decidingPath))) {
            return true;
        }
        return s.hasAny(PROVINCE_READERS) && (s.inProvince(receivingPath) || s.inProvince(decidingPath));
    }

    /** Take a lifecycle action: one of the action's roles (all unit staff) at the receiving or deciding unit or above. */
    public static boolean canAct(Subject s, Set<String> actionRoles, String receivingPath, String decidingPath) {
        boolean role = actionRoles.stream().anyMatch(r -> UNIT_STAFF.contains(r) && s.has(r));
        return role && (s.covers(receivingPath) || s.covers(decidingPath));
    }

    /**
     * Mẫu 04 is issued by the unit that let the dossier run late ({@link vn.cchc.dossiers.domain.ApologyIssuer}, docs/domain/forms.md §5): a
     * leader of that unit, or of a unit above it only if the dossier was handled at the leader's own unit. A
     * province leader does not sign for a commune's dossier that never reached the province.
     *
     * @param issuingPath  path of the issuing unit (the unit handling the dossier when it ran late)
     * @param handledUnits codes of every unit the dossier was handled at ({@link vn.cchc.dossiers.domain.ApologyIssuer#handledUnits})
     */
    public static boolean canApologise(Subject s, String issuingPath, java.util.Collection<String> handledUnits) {
        if (!s.has(Roles.LEADER) || s.unitCode() == null || issuingPath == null) {
            return false;
        }
        if (issuingPath.endsWith("/" + s.unitCode() + "/")) {
            return true;
        }
        return s.covers(issuingPath) && handledUnits.contains(s.unitCode());
    }

    /** Receive a dossier at a unit: an officer at or above it, or the integration client whose subtree holds it. */
    public static boolean canReceive(Subject s, String receivingPath) {
        return (s.has(Roles.OFFICER) || s.has(Roles.INTEGRATION)) && s.covers(receivingPath);
    }

    /** Import historical dossiers of a unit: the integration client within its subtree, an admin within its province. */
    /**
     * Erase a dossier received in error (docs/domain/dossier-erasure.md): the admin of its province only (least
     * privilege: the officer who received it asks the admin, who checks and keeps the reason).
     */
    public static boolean canErase(Subject s, String receivingPath) {
        return s.has(Roles.ADMIN) && s.inProvince(receivingPath);
    }

    public static boolean canImport(Subject s, String receivingPath) {
        return s.has(Roles.INTEGRATION) && s.covers(receivingPath) || s.has(Roles.ADMIN) && s.inProvince(receivingPath);
    }

    /** Preview a due date at a unit: unit staff of the same province (the calendar and catalogue are the province's). */
    public static boolean canPreview(Subject s, String receivingPath) {
        return s.hasAny(UNIT_STAFF) && s.inProvince(receivingPath);
    }

    /** Preview due dates at all (before the unit is looked up): unit staff with a known unit. */
    public static boolean canPreviewSomewhere(Subject s) {
        return s.hasUnit() && s.hasAny(UNIT_STAFF);
    }

    /**
     * The path prefix a caller's worklist covers: the province for admins and inspectors, the own unit for unit
     * staff; empty when the caller has no known unit or no such role.
     */
    public static Optional<String> listScope(Subject s) {
        if (!s.hasUnit()) {
            return Optional.empty();
        }
        if (s.hasAny(PROVINCE_READERS)) {
            return s.province().map(p -> "/" + p + "/");
        }
        return s.hasAny(UNIT_STAFF) ? Optional.of(s.unitPath()) : Optional.empty();
    }

    /**
     * Whether the work counts (docs/domain/dossiers.md §3.11) also come per unit of the caller's scope: for a leader
     * (who distributes the work of the units below) and for the province-wide readers; the scope itself is
     * {@link #listScope}, as for the worklist the counts link to.
     */
    public static boolean workCountsPerUnit(Subject s) {
        return s.has(Roles.LEADER) || s.hasAny(PROVINCE_READERS);
    }

    /** Sổ theo dõi hồ sơ (Mẫu 07, with personal data) of a unit: as for reading its dossiers. */
    public static boolean canReadBook(Subject s, String unitPath) {
        return s.hasAny(UNIT_STAFF) && s.covers(unitPath) || s.hasAny(PROVINCE_READERS) && s.inProvince(unitPath);
    }

    // ------------------------------------------------------------------ reports (aggregates, no personal data)

    /** Period report and indicators of a unit and its descendants. */
    public static boolean canReport(Subject s, String unitPath) {
        if (s.has(Roles.NATIONAL_ADMIN)) {
            return true;
        }
        return s.hasAny(UNIT_STAFF) && s.covers(unitPath) || s.hasAny(PROVINCE_REPORTERS) && s.inProvince(unitPath);
    }

    /**
     * The unit whose report the caller asks for: the named one, or without a name the caller's own unit. A caller
     * without a known unit gets 403, except a national admin, who has none and must name one (400).
     *
     * @param requested the unit code named in the request, or null
     */
    public static String reportUnit(Subject s, String requested) {
        if (requested == null) {
            if (!s.hasUnit()) {
                if (s.has(Roles.NATIONAL_ADMIN)) {
                    throw ProblemException.invalid("unit", "required", Messages.NAME_UNIT_WHOSE_REPORT_YOU);
                }
                throw noUnit();
            }
            return s.unitCode();
        }
        if (!s.hasUnit() && !s.has(Roles.NATIONAL_ADMIN)) {
            throw noUnit();
        }
        return requested;
    }

    /** {@link #canReport}, else 403. */
    public static void requireReport(Subject s, String unitCode, String unitPath) {
        if (!canReport(s, unitPath)) {
            throw ProblemException.forbidden(Messages.UNIT_OUTSIDE_YOUR_UNIT, unitCode);
        }
    }

    /** {@link #canReadBook}, else 403. */
    public static void requireBook(Subject s, String unitCode, String unitPath) {
        if (!canReadBook(s, unitPath)) {
            throw ProblemException.forbidden(Messages.UNIT_OUTSIDE_YOUR_UNIT, unitCode);
        }
    }

    /** The caller has a unit this service knows, else 403 (for the operations that need one). */
    public static void requireUnit(Subject s) {
        if (!s.hasUnit()) {
            throw noUnit();
        }
    }

    private static ProblemException noUnit() {
        return ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_2);
    }

    // ------------------------------------------------------------------ citizens

    /**
     * A citizen sees the dossiers filed under the personal identification number of its account (the token's
     * {@code id_number} claim), never another's: without the claim, 403.
     */
    public static String applicantOf(Optional<String> idNumberClaim) {
        return idNumberClaim.orElseThrow(
                () -> ProblemException.forbidden(Messages.YOUR_ACCOUNT_CARRIES_PERSONAL_IDENTIFICATION));
    }

    // ------------------------------------------------------------------ calendar

    /** Calendars are official public decisions: every signed-in person reads any province's; not the machine client. */
    public static boolean canReadCalendar(Subject s) {
        return !s.integrationOnly() && !s.roles().isEmpty();
    }

    /** The calendar a caller means when it names none: its province's, or the national one for a national admin. */
    public static Optional<String> defaultCalendar(Subject s) {
        return s.province().or(() -> s.has(Roles.NATIONAL_ADMIN) ? Optional.of(NATIONAL) : Optional.empty());
    }

    /** {@link #canReadCalendar}, else 403. */
    public static void requireReadCalendar(Subject s) {
        if (!canReadCalendar(s)) {
            throw ProblemException.forbidden(Messages.INTEGRATION_CLIENT_DOES_READ_CALENDARS);
        }
    }

    /** {@link #defaultCalendar}, else 403: a caller without a known unit names the calendar it reads. */
    public static String requireDefaultCalendar(Subject s) {
        return defaultCalendar(s).orElseThrow(() -> ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_4));
    }

    /**
     * The calendar whose official decisions the caller writes: the named one, or without a name its own province's
     * (VN for a national admin); 403 when it may not write it ({@link #canWriteCalendar}).
     */
    public static String calendarToWrite(Subject s, String requested) {
        String target = requested != null && !requested.isBlank()
                ? requested.trim()
                : s.has(Roles.ADMIN) && s.province().isPresent()
                        ? s.province().get()
                        : s.has(Roles.NATIONAL_ADMIN) ? NATIONAL : null;
        if (target == null) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_5);
        }
        if (!canWriteCalendar(s, target)) {
            throw ProblemException.forbidden(
                    NATIONAL.equals(target)
                            ? Messages.NATIONAL_DECISIONS_NATIONAL_ADMIN
                            : Messages.OWN_PROVINCE_DECISIONS_ONLY);
        }
        return target;
    }

    /** National decisions only by a national admin; a province's only by an admin of that province. */
    public static boolean canWriteCalendar(Subject s, String province) {
        if (province == null) {
            return false;
        }
        if (NATIONAL.equals(province)) {
            return s.has(Roles.NATIONAL_ADMIN);
        }
        return s.has(Roles.ADMIN) && s.province().map(province::equals).orElse(false);
    }

    // ------------------------------------------------------------------ catalogue copy

    /**
     * The province whose own procedures a caller searches besides the national ones; empty for a national admin, who
     * searches every province's. Only for a caller {@link #canReadProcedure} lets in.
     */
    public static Optional<String> catalogueProvince(Subject s) {
        return s.has(Roles.NATIONAL_ADMIN)
                ? Optional.empty()
                : Optional.of(s.province().orElseThrow());
    }

    /**
     * A procedure of the catalogue copy: national procedures (no deciding agency of a province) for every staff
     * member; a province's own procedures (its deciding agency is a unit of that province) only inside it.
     *
     * @param procedureProvince the province of the procedure's deciding agency, or null for a national one
     */
    public static boolean canReadProcedure(Subject s, String procedureProvince) {
        if (s.has(Roles.NATIONAL_ADMIN)) {
            return true;
        }
        if (!s.hasUnit() || !s.hasAny(UNIT_STAFF) && !s.has(Roles.ADMIN)) {
            return false;
        }
        return procedureProvince == null
                || s.province().map(procedureProvince::equals).orElse(false);
    }
    // ------------------------------------------------------------------ webhooks

    /**
     * Manage the webhooks of a unit (subscribe, list, read deliveries, redeliver, delete): the integration client
     * within its unit's subtree, an admin within its province.
     */
    public static boolean canManageWebhooks(Subject s, String unitPath) {
        return s.has(Roles.INTEGRATION) && s.covers(unitPath) || s.has(Roles.ADMIN) && s.inProvince(unitPath);
    }

    /** {@link #canManageWebhooks}, else 403. */
    public static void requireManageWebhooks(Subject s, String unitCode, String unitPath) {
        if (!canManageWebhooks(s, unitPath)) {
            throw ProblemException.forbidden(Messages.WEBHOOK_UNIT_OUTSIDE, unitCode);
        }
    }

    /**
     * The subtree whose webhooks the caller lists: its province for an admin, its unit's subtree for the
     * integration client; 403 without a known unit.
     */
    public static String webhookScope(Subject s) {
        if (s.has(Roles.ADMIN) && s.province().isPresent()) {
            return "/" + s.province().get() + "/";
        }
        if (s.has(Roles.INTEGRATION) && s.hasUnit()) {
            return s.unitPath();
        }
        throw noUnit();
    }
}
