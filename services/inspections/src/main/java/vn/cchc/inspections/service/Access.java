package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.UnitCopy;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.TeamMemberRepository;
import vn.cchc.inspections.repository.UnitCopyRepository;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;

import java.util.UUID;

/**
 * Who may do what with a plan or an inspection. An inspector acts for the province of its unit (the Sở Nội vụ
 * inspects on behalf of the UBND tỉnh); a team member (by user name) reads the plan's inspections; a leader
 * reads the inspections of its unit's subtree. Outside that: 404, so that nothing leaks; a caller who may read
 * but not do the action: 403.
 */
@ApplicationScoped
public class Access {

    /** What the caller wants: read as the inspected unit, read as the team, or manage. */
    public enum Level { UNIT, TEAM, MANAGE }

    private final UnitCopyRepository units;
    private final PlanRepository plans;
    private final InspectionRepository inspections;
    private final TeamMemberRepository team;

    public Access(UnitCopyRepository units, PlanRepository plans, InspectionRepository inspections,
                  TeamMemberRepository team) {
        this.units = units;
        this.plans = plans;
        this.inspections = inspections;
        this.team = team;
    }

    /** The province an inspector acts for, or null for other callers. */
    public String inspectorProvince(Caller caller) {
        if (!caller.hasRole(Roles.INSPECTOR)) {
            return null;
        }
        return caller.unitCode().map(this::provinceOf).orElse(null);
    }

    public String provinceOf(String unitCode) {
        UnitCopy unit = units.findById(unitCode);
        if (unit != null && unit.getPath() != null) {
            return Jurisdiction.rootOf(unit.getPath());
        }
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }

    /** LIKE pattern of the leader's subtree, or null when the caller is not a leader with a unit. */
    public String leaderPattern(Caller caller) {
        if (!caller.hasRole(Roles.LEADER) || caller.unitCode().isEmpty()) {
            return null;
        }
        String code = caller.unitCode().get();
        UnitCopy unit = units.findById(code);
        return unit != null ? Jurisdiction.subtreePattern(unit.getPath()) : "%/" + Jurisdiction.subtreePattern(code + "/");
    }

    public InspectionPlan plan(UUID id, Caller caller, Level level) {
        InspectionPlan plan = plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("plan " + id + " not found");
        }
        boolean manager = isManager(plan, caller);
        boolean member = team.isMember(plan.getId(), caller.username());
        if (!manager && !member) {
            throw ProblemException.notFound("plan " + id + " not found");
        }
        if (level == Level.MANAGE && !manager) {
            throw ProblemException.forbidden("only an inspector of province " + plan.getProvinceCode() + " manages this plan");
        }
        return plan;
    }

    public Inspection inspection(UUID id, Caller caller, Level level) {
        Inspection inspection = inspections.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound("inspection " + id + " not found");
        }
        InspectionPlan plan = plans.findById(inspection.getPlanId());
        boolean manager = isManager(plan, caller);
        boolean member = manager || team.isMember(plan.getId(), caller.username());
        boolean unit = isUnitLeader(inspection.getUnitPath(), caller);
        if (!member && !unit) {
            throw ProblemException.notFound("inspection " + id + " not found");
        }
        if (level == Level.TEAM && !member) {
            throw ProblemException.forbidden("only the inspection team sees this");
        }
        if (level == Level.MANAGE && !manager) {
            throw ProblemException.forbidden("only an inspector of province " + plan.getProvinceCode() + " does this");
        }
        return inspection;
    }

    public boolean isManager(InspectionPlan plan, Caller caller) {
        return plan.getProvinceCode().equals(inspectorProvince(caller));
    }

    /** A leader whose unit is the given unit or one of its ancestors. */
    public boolean isUnitLeader(String unitPath, Caller caller) {
        return caller.hasRole(Roles.LEADER) && caller.unitCode().map(u -> Jurisdiction.covers(u, unitPath)).orElse(false);
    }
}
