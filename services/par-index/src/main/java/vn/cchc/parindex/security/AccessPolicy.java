package vn.cchc.parindex.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentStatus;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.parindex.repository.AssessmentRepository;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.service.CriteriaSetService;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Every access decision of par-index, in one place: the <b>role</b> decides what, the <b>unit</b> decides where
 * (README "Access" has the same rules as a role × operation table).
 * <ul>
 *   <li><b>Gate</b> ({@link #requireReader}): staff roles with a {@code unit_code}, or {@code national-admin}. The
 *   integration client, citizens and staff without a unit get 403 on every endpoint.</li>
 *   <li><b>Province</b> of a caller: the root of the caller's unit's path in par-index's own unit copy
 *   (cchc.units.v1). A unit par-index does not know gives no province, so province-wide roles then act nowhere.</li>
 *   <li><b>Province-wide</b>: appraiser and admin (work), inspector (read-only) act in their own province only.</li>
 *   <li><b>Unit roles</b>: leader and specialist see, fill in, upload, submit and explain the assessment of exactly
 *   their unit (not of the units below it, not as a province-level leader: that is the appraisers' work); they see
 *   the survey values and the QĐ 766 index of their unit and the units below it. Officers and catalogue admins do not take
 *   part in the PAR workflow: like everyone past the gate they see criteria sets in force and published results.</li>
 *   <li><b>national-admin</b>: no province; reads criteria sets in force, published results and the QĐ 766 index
 *   of any unit; writes nothing (the model has no national criteria set: every set belongs to a province).</li>
 * </ul>
 * A caller who may not see an object gets 404; one who sees it but may not act on it gets 403.
 */
@ApplicationScoped
public class AccessPolicy {

    private final UnitCopyRepository units;

    public AccessPolicy(UnitCopyRepository units) {
        this.units = units;
    }

    // ---------------------------------------------------------------- who the caller is

    /** The caller's province: root of their unit's path in the unit copy; empty without a (known) unit. */
    public Optional<String> provinceOf(Caller caller) {
        return caller.unitCode().flatMap(units::byCode).map(UnitCopy::getPath).flatMap(AccessPolicy::rootOf);
    }

    /** Root (province) of a unit path, empty when the path is not of the form /ROOT/.../. */
    public static Optional<String> rootOf(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/' || path.indexOf('/', 1) < 0) {
            return Optional.empty();
        }
        return Optional.of(Jurisdiction.rootOf(path));
    }

    static boolean isNational(Caller caller) {
        return caller.hasRole(Roles.NATIONAL_ADMIN);
    }

    private static boolean isStaff(Caller caller) {
        return Roles.STAFF.stream().anyMatch(caller::hasRole);
    }

    /** Whether the caller holds one of {@code roles} for {@code province} (their own province). */
    public boolean actsInProvince(Caller caller, String province, String... roles) {
        return province != null
                && caller.hasAnyRole(roles)
                && provinceOf(caller).map(province::equals).orElse(false);
    }

    /** Leader or specialist whose unit is {@code unitCode} exactly. */
    public boolean isUnitActor(Caller caller, String unitCode) {
        return caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST)
                && caller.unitCode().map(u -> u.equals(unitCode)).orElse(false);
    }

    /** Leader or specialist whose unit is the unit of {@code targetPath} or one of its ancestors. */
    public boolean coversAsUnitRole(Caller caller, String targetPath) {
        return caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST)
                && caller.unitCode()
                        .map(u -> Jurisdiction.covers(u, targetPath))
                        .orElse(false);
    }

    // ---------------------------------------------------------------- the gate

    /**
     * Every par-index endpoint: staff with a unit, or national-admin. 403 for the integration client, citizens and
     * staff without a {@code unit_code} (never a fallback to "all").
     */
    public void requireReader(Caller caller) {
        if (caller.isIntegration()) {
            throw ProblemException.forbidden(Messages.INTEGRATION_NO_ACCESS);
        }
        if (isNational(caller)) {
            return;
        }
        if (!isStaff(caller)) {
            throw ProblemException.forbidden(Messages.STAFF_ONLY);
        }
        if (caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden(Messages.NO_UNIT_CODE);
        }
    }

    // ---------------------------------------------------------------- criteria sets

    /** DRAFT sets only for the admins and appraisers of their province; sets in force (and retired) for every reader. */
    public boolean canSeeSet(Caller caller, CriteriaSet set) {
        return !CriteriaSetService.DRAFT.equals(set.getStatus())
                || actsInProvince(caller, set.getProvince(), Roles.ADMIN, Roles.APPRAISER);
    }

    public void requireSetVisible(Caller caller, CriteriaSet set) {
        requireReader(caller);
        if (!canSeeSet(caller, set)) {
            throw ProblemException.notFound(Messages.CRITERIA_SET, set.getId());
        }
    }

    /** Listing filter: sets in force for everyone, plus the DRAFT sets of the caller's province for its admins/appraisers. */
    public CriteriaSetRepository.Scope setScope(Caller caller) {
        requireReader(caller);
        String province = caller.hasAnyRole(Roles.ADMIN, Roles.APPRAISER)
                ? provinceOf(caller).orElse(null)
                : null;
        return new CriteriaSetRepository.Scope(province);
    }

    /** Before reading a set's body: only an admin of a province writes criteria sets (403 otherwise). Its province. */
    public String requireSetAdmin(Caller caller) {
        requireReader(caller);
        if (!caller.hasRole(Roles.ADMIN)) {
            throw ProblemException.forbidden(Messages.PROVINCE_ADMIN_ONLY);
        }
        return provinceOf(caller).orElseThrow(() -> ProblemException.forbidden(Messages.UNIT_NO_KNOWN_PROVINCE));
    }

    /** A set (or a new set's {@code province}) may be written only by an admin of its province. */
    public void requireSetAdminOf(Caller caller, String province) {
        String own = requireSetAdmin(caller);
        if (!own.equals(province)) {
            throw ProblemException.forbidden(Messages.OTHER_PROVINCE_CRITERIA_SET, own, own);
        }
    }

    public void requireSetAdmin(Caller caller, CriteriaSet set) {
        requireSetVisible(caller, set);
        requireSetAdminOf(caller, set.getProvince());
    }

    // ---------------------------------------------------------------- assessments

    /**
     * Detail (drafts, scores, notes, evidence, automatic values, missing evidence): leader/specialist of the assessed
     * unit itself; appraisers, admins and (read-only) inspectors of its province.
     */
    public boolean canSeeDetail(Caller caller, Assessment a) {
        return actsInProvince(caller, a.getProvince(), Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR)
                || isUnitActor(caller, a.getUnitCode());
    }

    /** The result of a PUBLISHED assessment: every reader; before that whoever sees the detail. */
    public boolean canSeeResult(Caller caller, Assessment a) {
        return a.getStatus() == AssessmentStatus.PUBLISHED || canSeeDetail(caller, a);
    }

    /** 404 unless the caller may see the assessment's detail. */
    public void requireDetail(Caller caller, Assessment a) {
        requireReader(caller);
        if (!canSeeDetail(caller, a)) {
            throw ProblemException.notFound(Messages.ASSESSMENT, a.getId());
        }
    }

    public void requireResult(Caller caller, Assessment a) {
        requireReader(caller);
        if (!canSeeResult(caller, a)) {
            throw ProblemException.notFound(Messages.ASSESSMENT, a.getId());
        }
    }

    /** Listing filter: published ones, the unit roles' own unit, the province of appraisers, admins and inspectors. */
    public AssessmentRepository.Scope assessmentScope(Caller caller) {
        requireReader(caller);
        String subtree = caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST)
                ? caller.unitCode().orElse(null)
                : null;
        String province = caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR)
                ? provinceOf(caller).orElse(null)
                : null;
        return new AssessmentRepository.Scope(subtree, province, true);
    }

    /**
     * The province of an appraiser with a known unit, who gets the appraisal work counts; 403 for every other caller
     * (after the gate's own 403s).
     */
    public String requireAppraiserProvince(Caller caller) {
        requireReader(caller);
        if (!caller.hasRole(Roles.APPRAISER)) {
            throw ProblemException.forbidden(Messages.WORK_COUNTS_APPRAISERS);
        }
        return provinceOf(caller).orElseThrow(() -> ProblemException.forbidden(Messages.WORK_COUNTS_APPRAISERS));
    }

    /** Before reading the body of a new assessment: leader, specialist or admin (403 for everyone else). */
    public void requireStarter(Caller caller) {
        requireReader(caller);
        if (!caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST, Roles.ADMIN)) {
            throw ProblemException.forbidden(Messages.SELF_ASSESSMENT_STARTERS);
        }
    }

    /** Starting the assessment of {@code unitCode} against {@code set}: its leader/specialist, or an admin of the set's province. */
    public void requireStart(Caller caller, CriteriaSet set, String unitCode) {
        requireStarter(caller);
        if (!isUnitActor(caller, unitCode) && !actsInProvince(caller, set.getProvince(), Roles.ADMIN)) {
            throw ProblemException.forbidden(
                    Messages.ONLY_LEADER_SPECIALIST_ADMIN_PROVINCE, unitCode, set.getProvince());
        }
    }

    public boolean mayTake(Caller caller, Assessment a, WorkflowAction action) {
        if (caller.isIntegration()) {
            return false;
        }
        return switch (action.actor()) {
            case UNIT -> isUnitActor(caller, a.getUnitCode());
            case APPRAISER -> actsInProvince(caller, a.getProvince(), Roles.APPRAISER);
            case APPRAISER_OR_ADMIN -> actsInProvince(caller, a.getProvince(), Roles.APPRAISER, Roles.ADMIN);
        };
    }

    public void requireAction(Caller caller, Assessment a, WorkflowAction action) {
        requireDetail(caller, a);
        if (!mayTake(caller, a, action)) {
            throw ProblemException.forbidden(Messages.YOU_MAY_ASSESSMENT, action.slug());
        }
    }

    public void requireUnitActor(Caller caller, Assessment a) {
        requireDetail(caller, a);
        if (!isUnitActor(caller, a.getUnitCode())) {
            throw ProblemException.forbidden(Messages.ONLY_LEADER_SPECIALIST_MAY_DO, a.getUnitCode());
        }
    }

    public void requireAppraiser(Caller caller, Assessment a) {
        requireDetail(caller, a);
        if (!actsInProvince(caller, a.getProvince(), Roles.APPRAISER)) {
            throw ProblemException.forbidden(Messages.ONLY_APPRAISER_PROVINCE_MAY_DO, a.getProvince());
        }
    }

    // ---------------------------------------------------------------- results, rankings, surveys, QĐ 766

    /** Which ranking a caller gets: of {@code province} (default: their own), FINALISED ones only for its appraisers/admins. */
    public record RankingAccess(String province, boolean includesFinalised) {}

    public RankingAccess ranking(Caller caller, String requestedProvince) {
        requireReader(caller);
        String province = requestedProvince != null
                ? requestedProvince
                : provinceOf(caller).orElse(null);
        if (province == null) {
            throw ProblemException.invalid("province", "required", Messages.PROVINCE_REQUIRED);
        }
        return new RankingAccess(province, seesUnpublishedResultsOf(caller, province));
    }

    /** Finalised but unpublished results of a province: its appraisers and admins only. */
    public boolean seesUnpublishedResultsOf(Caller caller, String province) {
        return actsInProvince(caller, province, Roles.APPRAISER, Roles.ADMIN);
    }

    /** Survey import: appraisers and admins, for their own province (returned). */
    public String requireSurveyImporter(Caller caller) {
        requireReader(caller);
        if (!caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN)) {
            throw ProblemException.forbidden(Messages.SURVEY_IMPORTERS);
        }
        return provinceOf(caller).orElseThrow(() -> ProblemException.forbidden(Messages.UNIT_NO_KNOWN_PROVINCE));
    }

    /** 403 when one of {@code units} (known to par-index) lies outside {@code province}: an import may not write there. */
    public void requireUnitsOfProvince(String province, java.util.Collection<UnitCopy> units) {
        for (UnitCopy u : units) {
            if (!rootOf(u.getPath()).map(province::equals).orElse(false)) {
                throw ProblemException.forbidden(Messages.SURVEY_OWN_PROVINCE, province, province);
            }
        }
    }

    /** Survey values of a unit: appraisers, admins, inspectors of its province; leader/specialist of it or an ancestor. */
    public boolean canSeeSurveysOf(Caller caller, UnitCopy unit) {
        return rootOf(unit.getPath())
                        .map(p -> actsInProvince(caller, p, Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR))
                        .orElse(false)
                || coversAsUnitRole(caller, unit.getPath());
    }

    /** The survey subtree a caller lists without naming a unit: the province, or their own unit's subtree; null: none. */
    public String surveyListRoot(Caller caller) {
        requireReader(caller);
        if (caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR)) {
            Optional<String> province = provinceOf(caller);
            if (province.isPresent()) {
                return "/" + province.get() + "/";
            }
        }
        if (caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST)) {
            return caller.unitCode()
                    .flatMap(units::byCode)
                    .map(UnitCopy::getPath)
                    .orElse(null);
        }
        return null;
    }

    /** Gate of the survey list: appraisers, admins, inspectors, leaders and specialists. */
    public void requireSurveyReader(Caller caller) {
        requireReader(caller);
        if (!caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR, Roles.LEADER, Roles.SPECIALIST)) {
            throw ProblemException.forbidden(Messages.SURVEY_VALUES_APPRAISERS_ADMINS_INSPECTORS);
        }
    }

    /** Gate of the QĐ 766 index: the survey readers and national-admin. */
    public void requireServiceIndexReader(Caller caller) {
        requireReader(caller);
        if (!isNational(caller)
                && !caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN, Roles.INSPECTOR, Roles.LEADER, Roles.SPECIALIST)) {
            throw ProblemException.forbidden(Messages.SERVICE_INDEX_READERS);
        }
    }

    /** QĐ 766 index of a unit: as its survey values, and national-admin for any unit. */
    public boolean canSeeServiceIndexOf(Caller caller, UnitCopy unit) {
        return isNational(caller) || canSeeSurveysOf(caller, unit);
    }
}
