package vn.cchc.procedures.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.procedures.service.UnitCommand;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

/**
 * Who may do what, where, in the procedures service: <b>the role decides what, the unit decides where</b>.
 * Every access rule of the service is here (resources and use cases call it; none decides on its own), as
 * static rules over plain data ({@link Actor}, {@link UnitRef}) that unit tests exercise directly, plus thin
 * wrappers that look the units up and throw 403/404.
 * <ul>
 *   <li>A caller's <i>province</i> is the root of their {@code unit_code}'s path in this service's unit tree
 *   (this service owns the tree, so an unknown unit gives no province, never a fallback). Province-wide roles
 *   (admin, catalogue-admin, inspector) act only inside their province; officer, specialist and leader on their
 *   unit and below.</li>
 *   <li>National data (root units, i.e. provinces and central bodies, units of level {@code CENTRAL}, and the
 *   national catalogue {@value #NATIONAL_CATALOGUE}) is written only by {@code national-admin}, who has no
 *   province, may read across provinces and writes no province data.</li>
 *   <li>A caller without a unit gets 403 for everything that needs one; the integration client gets 403 for
 *   everything but public reads.</li>
 * </ul>
 * The role × operation table is in the service README ("Access").
 */
@ApplicationScoped
public class AccessPolicy {

    /** Catalogue code of the national catalogue (thủ tục do trung ương công bố). */
    public static final String NATIONAL_CATALOGUE = "VN";
    /** Level code of central bodies (bộ, ngành): national data. */
    public static final String CENTRAL_LEVEL = "CENTRAL";

    private static final String[] CATALOGUE_WRITERS = {Roles.CATALOGUE_ADMIN, Roles.ADMIN};
    private static final String[] PROVINCE_WIDE_READERS = {Roles.INSPECTOR, Roles.CATALOGUE_ADMIN, Roles.ADMIN};
    private static final String[] UNIT_READERS = {Roles.OFFICER, Roles.SPECIALIST, Roles.LEADER};
    private static final String[] UNIT_POSTERS = {Roles.OFFICER, Roles.LEADER};

    /**
     * The caller as this service sees it: roles, unit and that unit's path in the service's own unit tree
     * ({@code unitPath} null when the token has no unit or names a unit the service does not know).
     */
    public record Actor(String name, Set<String> roles, String unitCode, String unitPath) {

        public Actor {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        /** A trusted actor for the service's own work (demo data, start-up), which passes no check itself. */
        public static Actor system(String name) {
            return new Actor(name, Set.of(), null, null);
        }

        /** The root (province or central body) of the caller's unit; null without a known unit. */
        public String province() {
            return unitPath == null ? null : Jurisdiction.rootOf(unitPath);
        }

        public boolean has(String... any) {
            for (String r : any) {
                if (roles.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        public boolean national() {
            return roles.contains(Roles.NATIONAL_ADMIN);
        }

        /** The machine client: role integration and no staff or national role. */
        public boolean integration() {
            return roles.contains(Roles.INTEGRATION)
                    && !national()
                    && Roles.STAFF.stream().noneMatch(roles::contains);
        }

        /** The caller's unit is {@code path}'s unit or above it. */
        public boolean covers(String path) {
            return unitPath != null && Jurisdiction.covers(unitCode, path);
        }

        /** {@code path} lies inside the caller's province. */
        public boolean inProvince(String path) {
            String p = province();
            return p != null && path != null && p.equals(Jurisdiction.rootOf(path));
        }
    }

    /**
     * A unit as it is or is to be written: its level, whether it is a root (no parent) and the root of its
     * province ({@code root} null when unknown, e.g. a parent that does not exist: validation answers 400).
     */
    public record UnitRef(String code, String level, boolean isRoot, String root) {

        /** Root units (provinces, central bodies) and CENTRAL units are national data. */
        public boolean national() {
            return isRoot || CENTRAL_LEVEL.equals(level);
        }
    }

    /** A refusal with the field it is about (for import rows) and the reason. */
    public record Denial(String field, String message) {}

    private final UnitRepository units;

    public AccessPolicy(UnitRepository units) {
        this.units = units;
    }

    // ------------------------------------------------------------------ who is calling

    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor actor(Caller caller) {
        String unit = caller.unitCode().map(String::trim).orElse(null);
        String path = unit == null
                ? null
                : units.findByCode(unit).map(AdminUnit::getPath).orElse(null);
        return new Actor(caller.username(), caller.roles(), unit, path);
    }

    // ------------------------------------------------------------------ units (static rules)

    /**
     * Whether {@code a} may write a unit: {@code existing} (null when creating) becoming {@code desired}, with
     * {@code successorRoot} the province of the unit it points to (null: none or unknown). Null = allowed.
     */
    public static Denial unitWriteDenial(Actor a, UnitRef existing, UnitRef desired, String successorRoot) {
        if (a.integration() || !a.has(Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            return new Denial("role", "Only admins (and national-admin for national data) change units.");
        }
        boolean national = (existing != null && existing.national()) || desired.national();
        if (national) {
            return a.national()
                    ? null
                    : new Denial(
                            existing != null && existing.national()
                                    ? "code"
                                    : desired.isRoot() ? "parentCode" : "level",
                            "Root units (provinces, central bodies) and CENTRAL units are national data: national-admin only.");
        }
        if (!a.has(Roles.ADMIN)) {
            return new Denial(
                    "role", "national-admin writes national data only; units inside a province are its admins'.");
        }
        String province = a.province();
        if (province == null) {
            return new Denial(
                    "unit",
                    "Your account has no unit known to this service; an admin acts inside the province of their unit.");
        }
        if (existing != null && !province.equals(existing.root())) {
            return new Denial("code", "Unit " + existing.code() + " is outside your province " + province + ".");
        }
        if (desired.root() != null && !province.equals(desired.root())) {
            return new Denial("parentCode", "The parent unit is outside your province " + province + ".");
        }
        if (successorRoot != null && !province.equals(successorRoot)) {
            return new Denial("successorCode", "The successor unit is outside your province " + province + ".");
        }
        return null;
    }

    // ------------------------------------------------------------------ units (checks with lookups)

    /** Creating a unit: the parent (or, for a root, the unit itself) decides where. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void createUnit(Caller caller, String code, String level, String parentCode, String successorCode) {
        Actor a = actor(caller);
        String parent = blankToNull(parentCode);
        UnitRef desired =
                new UnitRef(trim(code), trim(level), parent == null, parent == null ? trim(code) : rootOf(parent));
        deny(unitWriteDenial(a, null, desired, rootOf(blankToNull(successorCode))));
    }

    /** Updating unit {@code code} (404 when it does not exist, after the role check). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void updateUnit(Caller caller, String code, String level, String parentCode, String successorCode) {
        Actor a = actor(caller);
        roleOnly(a);
        AdminUnit unit = units.findByCode(code).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, code));
        String parent = blankToNull(parentCode);
        UnitRef desired = new UnitRef(
                unit.getCode(), trim(level), parent == null, parent == null ? unit.getCode() : rootOf(parent));
        deny(unitWriteDenial(a, ref(unit), desired, rootOf(blankToNull(successorCode))));
    }

    /** Merging unit {@code code} into {@code successorCode}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void mergeUnit(Caller caller, String code, String successorCode) {
        Actor a = actor(caller);
        roleOnly(a);
        AdminUnit unit = units.findByCode(code).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, code));
        deny(unitWriteDenial(a, ref(unit), ref(unit), rootOf(blankToNull(successorCode))));
    }

    /**
     * Role check of unit writes before anything is read: admins with a unit, or national-admin; 403 for everyone
     * else (integration, other roles, an admin without unit_code).
     */
    public void unitRole(Caller caller) {
        if (caller.isIntegration() || !caller.hasAnyRole(Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden(Messages.ONLY_ADMINS_NATIONAL_ADMIN_NATIONAL);
        }
        if (!caller.hasRole(Roles.NATIONAL_ADMIN) && caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_CODE);
        }
    }

    /**
     * Every row of a unit import: the row's unit (when it exists), its parent (an existing unit or an earlier or
     * later row of the same file), its successor, all inside the caller's province; root and CENTRAL rows only
     * for national-admin. The first refused row is named in the 403.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void importUnits(Caller caller, List<UnitCommand> rows) {
        Actor a = actor(caller);
        roleOnly(a);
        Map<String, UnitCommand> byCode = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (UnitCommand row : rows) {
            if (row != null && blankToNull(row.code()) != null) {
                byCode.putIfAbsent(row.code().trim(), row);
                referenced.add(row.code().trim());
                if (blankToNull(row.parentCode()) != null) {
                    referenced.add(row.parentCode().trim());
                }
                if (blankToNull(row.successorCode()) != null) {
                    referenced.add(row.successorCode().trim());
                }
            }
        }
        Map<String, AdminUnit> known = units.byCodes(referenced);
        Map<String, String> rootCache = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitCommand row = rows.get(i);
            if (row == null || blankToNull(row.code()) == null) {
                continue;
            }
            String code = row.code().trim();
            AdminUnit existing = known.get(code);
            String parent = blankToNull(row.parentCode());
            UnitRef desired = new UnitRef(
                    code,
                    trim(row.level()),
                    parent == null,
                    parent == null ? code : rootInImport(parent, byCode, known, rootCache, new HashSet<>()));
            String successor = blankToNull(row.successorCode());
            String successorRoot =
                    successor == null ? null : rootInImport(successor, byCode, known, rootCache, new HashSet<>());
            Denial d = unitWriteDenial(a, existing == null ? null : ref(existing), desired, successorRoot);
            if (d != null) {
                throw ProblemException.forbidden("rows[" + i + "]." + d.field() + ": " + d.message());
            }
        }
    }

    /**
     * The root a unit will have after the import: an existing unit's, or a row's through its parents (walked
     * iteratively; null for an unknown parent or a cycle, which validation reports).
     */
    private static String rootInImport(
            String code,
            Map<String, UnitCommand> byCode,
            Map<String, AdminUnit> known,
            Map<String, String> cache,
            Set<String> visiting) {
        List<String> chain = new java.util.ArrayList<>();
        String c = code;
        String root;
        while (true) {
            if (cache.containsKey(c)) {
                root = cache.get(c);
                break;
            }
            UnitCommand row = byCode.get(c);
            if (row == null) {
                root = known.containsKey(c) ? Jurisdiction.rootOf(known.get(c).getPath()) : null;
                break;
            }
            if (!visiting.add(c)) {
                root = null;
                break;
            }
            chain.add(c);
            String parent = blankToNull(row.parentCode());
            if (parent == null) {
                root = c;
                break;
            }
            c = parent;
        }
        for (String x : chain) {
            cache.put(x, root);
        }
        return root;
    }

    // ------------------------------------------------------------------ catalogue (static rules)

    /** Whether {@code a} may write catalogue {@code catalogue} (a province code or {@value #NATIONAL_CATALOGUE}). */
    public static boolean canWriteCatalogue(Actor a, String catalogue) {
        if (a.integration() || catalogue == null) {
            return false;
        }
        if (NATIONAL_CATALOGUE.equals(catalogue)) {
            return a.national();
        }
        return a.has(CATALOGUE_WRITERS) && catalogue.equals(a.province());
    }

    /** Drafts and abolished procedures of a catalogue: its writers; national-admin reads every catalogue. */
    public static boolean canSeeUnpublished(Actor a, String catalogue) {
        return !a.integration() && (a.national() || canWriteCatalogue(a, catalogue));
    }

    /** The catalogue a new procedure of {@code a} goes to: the caller's province, or national for national-admin. */
    public static String ownCatalogue(Actor a) {
        if (a.integration()) {
            return null;
        }
        if (a.has(CATALOGUE_WRITERS) && a.province() != null) {
            return a.province();
        }
        return a.national() ? NATIONAL_CATALOGUE : null;
    }

    /**
     * The catalogue a procedure code names by its last segment (national database convention: local procedures
     * end with the province's code, 1.001193.000.00.00.H99): the province, {@value #NATIONAL_CATALOGUE} for a
     * central body, or null when the last segment names no root unit.
     */
    public static String namedCatalogue(String code, Map<String, String> rootLevels) {
        if (code == null) {
            return null;
        }
        String c = code.trim();
        String last = c.substring(c.lastIndexOf('.') + 1);
        if (last.equals(c) || !rootLevels.containsKey(last)) {
            return null;
        }
        return CENTRAL_LEVEL.equals(rootLevels.get(last)) ? NATIONAL_CATALOGUE : last;
    }

    /**
     * The references of a procedure version in {@code catalogue}: the deciding agency and every receiving point
     * must lie in the catalogue's province (a province catalogue must not make another province's points post
     * it). The national catalogue may name any unit. {@code rootOf} maps a unit code to its root (absent: unknown,
     * which validation reports). Null = allowed.
     */
    public static Denial referencesDenial(
            String catalogue, String agencyCode, List<String> receivingPoints, Map<String, String> rootOf) {
        if (NATIONAL_CATALOGUE.equals(catalogue)) {
            return null;
        }
        String agency = blankToNull(agencyCode);
        if (agency != null && rootOf.get(agency) != null && !catalogue.equals(rootOf.get(agency))) {
            return new Denial(
                    "decidingAgencyCode",
                    "Unit " + agency + " is outside province " + catalogue + " of this catalogue.");
        }
        for (int i = 0; receivingPoints != null && i < receivingPoints.size(); i++) {
            String point = blankToNull(receivingPoints.get(i));
            if (point != null && rootOf.get(point) != null && !catalogue.equals(rootOf.get(point))) {
                return new Denial(
                        "receivingPoints[" + i + "]",
                        "Unit " + point + " is outside province " + catalogue + " of this catalogue.");
            }
        }
        return null;
    }

    /**
     * The catalogue a new procedure goes to, or a denial: the code may name only a catalogue {@code a} writes;
     * without a name it goes to the caller's own catalogue.
     */
    public static Object newProcedure(Actor a, String code, Map<String, String> rootLevels) {
        String own = ownCatalogue(a);
        if (own == null) {
            return new Denial(
                    "role",
                    a.has(CATALOGUE_WRITERS) && !a.integration()
                            ? "Your account has no unit known to this service; the catalogue is the one of your province."
                            : "Only catalogue-admins and admins of a province (national-admin for the national catalogue) create procedures.");
        }
        String named = namedCatalogue(code, rootLevels);
        if (named == null) {
            return own;
        }
        return canWriteCatalogue(a, named)
                ? named
                : new Denial("code", "The code names the catalogue " + named + ", which you do not maintain.");
    }

    // ------------------------------------------------------------------ catalogue (checks with lookups)

    /** Role check of catalogue writes before anything is read (403 for everyone else). */
    public void catalogueRole(Caller caller) {
        if (caller.isIntegration() || !caller.hasAnyRole(Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden(Messages.ONLY_CATALOGUE_ADMINS_ADMINS_NATIONAL);
        }
    }

    /** The catalogue a new procedure of the caller goes to (403 when the code or a reference is outside it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String createProcedure(Caller caller, String code, String agencyCode, List<String> receivingPoints) {
        Actor a = actor(caller);
        Object result = newProcedure(a, code, rootLevels());
        if (result instanceof Denial d) {
            throw ProblemException.forbidden(d.message());
        }
        String catalogue = (String) result;
        deny(referencesDenial(catalogue, agencyCode, receivingPoints, roots(agencyCode, receivingPoints)));
        return catalogue;
    }

    /**
     * Writing an existing procedure (draft, discard, publication): only its catalogue's writers. Another
     * catalogue's procedure is 403 when it is public (published), 404 when even its existence is not.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void writeProcedure(Caller caller, Procedure p) {
        writeProcedure(actor(caller), p);
    }

    private static void writeProcedure(Actor a, Procedure p) {
        if (!canWriteCatalogue(a, p.getCatalogue())) {
            if (p.isPublished() || canSeeUnpublished(a, p.getCatalogue())) {
                throw ProblemException.forbidden(
                        Messages.PROCEDURE_BELONGS_CATALOGUE_WHICH_YOU, p.getCode(), p.getCatalogue());
            }
            throw ProblemException.notFound(Messages.PROCEDURE_CODE, p.getCode());
        }
    }

    /** A new draft's references stay inside the procedure's catalogue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void procedureReferences(Procedure p, String agencyCode, List<String> receivingPoints) {
        deny(referencesDenial(p.getCatalogue(), agencyCode, receivingPoints, roots(agencyCode, receivingPoints)));
    }

    /** Reading unpublished versions of {@code p}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean seesUnpublished(Caller caller, Procedure p) {
        if (!caller.isAuthenticated()
                || caller.isIntegration()
                || !caller.hasAnyRole(Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            return false;
        }
        return canSeeUnpublished(actor(caller), p.getCatalogue());
    }

    /**
     * Catalogues whose drafts and abolished procedures the caller sees in searches: null = every catalogue
     * (national-admin), empty = none (public view).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> unpublishedCatalogues(Caller caller) {
        if (!caller.isAuthenticated()
                || caller.isIntegration()
                || !caller.hasAnyRole(Roles.CATALOGUE_ADMIN, Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            return Set.of();
        }
        Actor a = actor(caller);
        if (a.national()) {
            return null;
        }
        String own = ownCatalogue(a);
        return own == null ? Set.of() : Set.of(own);
    }

    /** A decision: every item's procedure in a catalogue the caller writes; the issuer inside its province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void decide(Caller caller, Collection<Procedure> procedures, String issuerCode) {
        Actor a = actor(caller);
        if (ownCatalogue(a) == null) {
            throw ProblemException.forbidden(Messages.ONLY_CATALOGUE_ADMINS_ADMINS_PROVINCE);
        }
        for (Procedure p : procedures) {
            writeProcedure(a, p);
        }
        String issuer = blankToNull(issuerCode);
        if (issuer != null) {
            String root = rootOf(issuer);
            boolean inside = root == null || a.national() || root.equals(a.province());
            if (!inside) {
                throw ProblemException.forbidden(Messages.ISSUER_OUTSIDE_YOUR_PROVINCE, issuer);
            }
        }
    }

    /** The catalogue an import of the caller writes (its rows must all belong to it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String importCatalogue(Caller caller) {
        catalogueRole(caller);
        String own = ownCatalogue(actor(caller));
        if (own == null) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN);
        }
        return own;
    }

    /** An import job is read by the writers of the catalogue it writes (404 for others: ids do not leak). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void readImportJob(Caller caller, ImportJob job) {
        if (!canWriteCatalogue(actor(caller), job.getCatalogue())) {
            throw ProblemException.notFound(Messages.IMPORT, job.getId());
        }
    }

    /**
     * Static rule: the province whose catalogue work {@code a} counts on the home page (drafts, decisions taking
     * effect, posting compliance): catalogue-admins and admins of a province known to the service; null otherwise
     * (national-admin alone has no province; the integration client none).
     */
    public static String catalogueWorkProvince(Actor a) {
        if (a.integration() || !a.has(CATALOGUE_WRITERS)) {
            return null;
        }
        return a.province();
    }

    /** The province of the caller's catalogue work counts (403 for everyone else, see the static rule). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String catalogueWorkProvince(Caller caller) {
        Actor a = actor(caller);
        String province = catalogueWorkProvince(a);
        if (province == null) {
            throw ProblemException.forbidden(
                    a.has(CATALOGUE_WRITERS) && !a.integration()
                            ? Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_3
                            : Messages.ONLY_CATALOGUE_STAFF_OF_PROVINCE_COUNT_WORK);
        }
        return province;
    }

    /** Catalogue reports: the caller's province catalogue and the national one; null = all (national-admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> reportCatalogues(Caller caller) {
        Actor a = actor(caller);
        if (a.integration()) {
            throw ProblemException.forbidden(Messages.INTEGRATION_CLIENT_READS_PUBLIC_DATA);
        }
        if (a.national() && a.province() == null) {
            return null;
        }
        if (a.province() == null) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_2);
        }
        return Set.of(a.province(), NATIONAL_CATALOGUE);
    }

    // ------------------------------------------------------------------ postings and compliance

    /** Static rule: posting at a receiving point with {@code path}. */
    public static boolean canPost(Actor a, String path) {
        if (a.integration()) {
            return false;
        }
        return (a.has(UNIT_POSTERS) && a.covers(path)) || (a.has(Roles.ADMIN) && a.inProvince(path));
    }

    /** Static rule: reading a receiving point's compliance. */
    public static boolean canReadCompliance(Actor a, String path) {
        if (a.integration()) {
            return false;
        }
        return a.national()
                || (a.has(UNIT_READERS) && a.covers(path))
                || (a.has(PROVINCE_WIDE_READERS) && a.inProvince(path));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void writePosting(Caller caller, AdminUnit unit) {
        if (!canPost(actor(caller), unit.getPath())) {
            throw ProblemException.forbidden(Messages.ONLY_OFFICERS_LEADERS_UNIT_ABOVE, unit.getCode());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void readCompliance(Caller caller, AdminUnit unit) {
        if (!canReadCompliance(actor(caller), unit.getPath())) {
            throw ProblemException.forbidden(Messages.UNIT_OUTSIDE_YOUR_UNIT_PROVINCE, unit.getCode());
        }
    }

    /**
     * The default scope of the compliance overview: the caller's province for province-wide roles, else the
     * caller's unit. No unit: 403 (national-admin names one: 400).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String complianceScope(Caller caller) {
        Actor a = actor(caller);
        if (a.integration()) {
            throw ProblemException.forbidden(Messages.INTEGRATION_CLIENT_READS_PUBLIC_DATA);
        }
        if (a.unitPath() == null) {
            if (a.national()) {
                throw ProblemException.invalid("unit", "required", Messages.NAME_UNIT_NATIONAL_ADMIN_HAS);
            }
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN_3);
        }
        return a.has(PROVINCE_WIDE_READERS) ? a.province() : a.unitCode();
    }

    // ------------------------------------------------------------------ helpers

    private void roleOnly(Actor a) {
        if (a.integration() || !a.has(Roles.ADMIN, Roles.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden(Messages.ONLY_ADMINS_NATIONAL_ADMIN_NATIONAL);
        }
    }

    private static void deny(Denial d) {
        if (d != null) {
            throw ProblemException.forbidden(d.field() + ": " + d.message());
        }
    }

    private static UnitRef ref(AdminUnit u) {
        return new UnitRef(u.getCode(), u.getLevel(), u.getParentCode() == null, Jurisdiction.rootOf(u.getPath()));
    }

    /** Root of an existing unit, null when unknown. */
    private String rootOf(String code) {
        if (code == null) {
            return null;
        }
        return units.findByCode(code.trim())
                .map(u -> Jurisdiction.rootOf(u.getPath()))
                .orElse(null);
    }

    private Map<String, String> roots(String agencyCode, List<String> receivingPoints) {
        Set<String> codes = new HashSet<>();
        if (blankToNull(agencyCode) != null) {
            codes.add(agencyCode.trim());
        }
        if (receivingPoints != null) {
            receivingPoints.stream()
                    .map(AccessPolicy::blankToNull)
                    .filter(Objects::nonNull)
                    .map(String::trim)
                    .limit(1000)
                    .forEach(codes::add);
        }
        return units.byCodes(codes).values().stream()
                .collect(Collectors.toMap(AdminUnit::getCode, u -> Jurisdiction.rootOf(u.getPath())));
    }

    /** Root unit code → level, for reading the catalogue a code names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> rootLevels() {
        Map<String, String> m = new HashMap<>();
        for (AdminUnit u : units.roots()) {
            m.put(u.getCode(), u.getLevel());
        }
        return m;
    }

    /** Unit code → root of its province, for every unit (imports check thousands of rows at once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> allRoots() {
        Map<String, String> m = new HashMap<>();
        units.pathsByCode().forEach((code, path) -> m.put(code, Jurisdiction.rootOf(path)));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
