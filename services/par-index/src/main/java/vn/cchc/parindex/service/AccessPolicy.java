package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentStatus;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

/**
 * Who may see and do what with an assessment.
 * <ul>
 *   <li>See (detail, evidence): users whose unit is the assessed unit or an ancestor of it (the architecture's
 *   jurisdiction rule: a province-level user sees the whole province); appraisers and admins of the province.</li>
 *   <li>See the result only: every authenticated user once PUBLISHED.</li>
 *   <li>Fill in, upload, submit, explain: leader or specialist whose unit_code is exactly the assessed unit.</li>
 *   <li>Appraise, re-appraise, finalise: appraiser of the same province. Publish: appraiser or admin of it.</li>
 * </ul>
 * A caller who may not see an assessment gets 404, one who sees it but may not act 403.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Province of a unit code: the part before the first dot ('H99' for 'H99.X01'). */
    public static String provinceOf(String unitCode) {
        if (unitCode == null) {
            return null;
        }
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }

    public boolean isProvinceStaff(Caller caller, String province) {
        return caller.hasAnyRole(Roles.APPRAISER, Roles.ADMIN)
                && caller.unitCode().map(AccessPolicy::provinceOf).map(p -> p.equals(province)).orElse(false);
    }

    public boolean canSeeDetail(Caller caller, Assessment a) {
        if (isProvinceStaff(caller, a.getProvince())) {
            return true;
        }
        return caller.unitCode().map(u -> Jurisdiction.covers(u, a.getUnitPath())).orElse(false);
    }

    public boolean canSeeResult(Caller caller, Assessment a) {
        return a.getStatus() == AssessmentStatus.PUBLISHED || canSeeDetail(caller, a);
    }

    public boolean isUnitActor(Caller caller, String unitCode) {
        return caller.hasAnyRole(Roles.LEADER, Roles.SPECIALIST) && caller.unitCode().map(unitCode::equals).orElse(false);
    }

    public boolean mayTake(Caller caller, Assessment a, WorkflowAction action) {
        return switch (action.actor()) {
            case UNIT -> isUnitActor(caller, a.getUnitCode());
            case APPRAISER -> caller.hasRole(Roles.APPRAISER) && isProvinceStaff(caller, a.getProvince());
            case APPRAISER_OR_ADMIN -> isProvinceStaff(caller, a.getProvince());
        };
    }

    /** 404 unless the caller may see the assessment's detail. */
    public void requireDetail(Caller caller, Assessment a) {
        if (!canSeeDetail(caller, a)) {
            throw ProblemException.notFound("No assessment " + a.getId() + ".");
        }
    }

    public void requireUnitActor(Caller caller, Assessment a) {
        requireDetail(caller, a);
        if (!isUnitActor(caller, a.getUnitCode())) {
            throw ProblemException.forbidden("Only a leader or specialist of " + a.getUnitCode() + " may do this.");
        }
    }

    public void requireAppraiser(Caller caller, Assessment a) {
        requireDetail(caller, a);
        if (!(caller.hasRole(Roles.APPRAISER) && isProvinceStaff(caller, a.getProvince()))) {
            throw ProblemException.forbidden("Only an appraiser of province " + a.getProvince() + " may do this.");
        }
    }
}
