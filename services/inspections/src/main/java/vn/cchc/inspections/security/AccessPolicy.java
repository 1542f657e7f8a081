package vn.cchc.inspections.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.TeamMemberRepository;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * The one access policy of the inspections service: the role decides <em>what</em>, the unit decides <em>where</em>
 * (the role × operation table is in the README).
 * <ul>
 *   <li>An {@code inspector} acts for the province of its unit (the root of the unit's path in {@code unit_copy}; the
 *       Sở Nội vụ inspects on behalf of the UBND tỉnh): it manages the plans, inspections, findings, conclusions and
 *       remediation of that province and of no other. A unit this service does not know gives no province (the
 *       service keeps a unit copy, so there is no guessing from the code).</li>
 *   <li>A team member (any staff role, by {@code preferred_username} listed in the plan's team) reads the plan and
 *       its inspections; the plan's inspectors put them there.</li>
 *   <li>A {@code leader} reads the inspections of its unit and the units below it, submits the self-report and
 *       reports on the remediation items its unit is responsible for.</li>
 *   <li>Content groups and their checklists are national data (the areas of NQ 76/NQ-CP, one list for every province,
 *       no province column): written by {@code national-admin} only, read by inspectors, leaders and admins.</li>
 *   <li>The integration client, a caller without a unit and a caller without a staff role get 403 for everything;
 *       {@code national-admin} reads the content groups and any province's calendar, but no province's inspection
 *       files.</li>
 * </ul>
 * A plan or inspection outside the caller's province, team and unit is 404 (no existence leak); one the caller may
 * read but not change is 403. Resources and use cases only call this class; none decides access itself.
 */
@ApplicationScoped
public class AccessPolicy {

    /** What the caller wants: read as the inspected unit, read as the team, or manage. */
    public enum Level {
        UNIT,
        TEAM,
        MANAGE
    }

    /** Staff roles: who may be a team member or an inspected unit's leader; everything here needs one of them. */
    public static final String[] STAFF = {
        Roles.OFFICER,
        Roles.SPECIALIST,
        Roles.LEADER,
        Roles.INSPECTOR,
        Roles.APPRAISER,
        Roles.CATALOGUE_ADMIN,
        Roles.ADMIN
    };

    private final UnitCopyRepository units;
    private final PlanRepository plans;
    private final InspectionRepository inspections;
    private final TeamMemberRepository team;

    public AccessPolicy(
            UnitCopyRepository units,
            PlanRepository plans,
            InspectionRepository inspections,
            TeamMemberRepository team) {
        this.units = units;
        this.plans = plans;
        this.inspections = inspections;
        this.team = team;
    }

    // ---------------------------------------------------------------- who is calling

    /** 403 unless the caller is staff with a unit: never the integration client, never a caller without a unit. */
    public void requireStaffWithUnit(Caller caller) {
        if (caller.isIntegration()) {
            throw ProblemException.forbidden("the integration client has no access to inspections");
        }
        if (!caller.hasAnyRole(STAFF)) {
            throw ProblemException.forbidden("inspections are for the staff of administrative units");
        }
        if (caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden("your account has no unit (unit_code): nothing here without one");
        }
    }

    /** The caller acts on national data (content groups): {@code national-admin}, never the integration client. */
    public boolean isNational(Caller caller) {
        return caller.hasRole(Roles.NATIONAL_ADMIN) && !caller.isIntegration();
    }

    /** Content groups are read by national-admin, and by inspectors, leaders and admins with a unit. */
    public void requireContentReader(Caller caller) {
        if (isNational(caller)) {
            return;
        }
        if (caller.isIntegration() || !caller.hasAnyRole(Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN)) {
            throw ProblemException.forbidden("content groups are read by inspectors, leaders and admins");
        }
        if (caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden("your account has no unit (unit_code): nothing here without one");
        }
    }

    /** Content groups and checklist items are national data: written by national-admin only. */
    public void requireContentWriter(Caller caller) {
        if (!isNational(caller)) {
            throw ProblemException.forbidden(
                    "content groups are national data: only " + Roles.NATIONAL_ADMIN + " edits them");
        }
    }

    /**
     * The province whose working calendar the caller may read: national-admin any ({@code VN} when none is asked);
     * an inspector or admin its own province (the default) or the national one; anything else 403.
     */
    public String calendarProvince(Caller caller, String requested) {
        String asked = requested == null || requested.isBlank() ? null : requested.strip();
        if (isNational(caller)) {
            return asked != null ? asked : CalendarEventV1.NATIONAL;
        }
        if (caller.isIntegration() || !caller.hasAnyRole(Roles.INSPECTOR, Roles.ADMIN)) {
            throw ProblemException.forbidden("the calendar is read by inspectors and admins");
        }
        String unit = caller.unitCode()
                .orElseThrow(() ->
                        ProblemException.forbidden("your account has no unit (unit_code): nothing here without one"));
        String own = provinceOf(unit);
        if (own == null) {
            throw ProblemException.forbidden("unit " + unit + " is not known to this service");
        }
        if (asked == null || asked.equals(own) || asked.equals(CalendarEventV1.NATIONAL)) {
            return asked == null ? own : asked;
        }
        throw ProblemException.forbidden("you read the calendar of province " + own + " only");
    }

    /** The province an inspector with a known unit acts for; null for every other caller. */
    public String inspectorProvince(Caller caller) {
        if (!caller.hasRole(Roles.INSPECTOR) || caller.isIntegration()) {
            return null;
        }
        return caller.unitCode().map(this::provinceOf).orElse(null);
    }

    /** The province an inspector acts for, or 403 (not an inspector, no unit, a unit this service does not know). */
    public String requireInspectorProvince(Caller caller) {
        requireStaffWithUnit(caller);
        String province = inspectorProvince(caller);
        if (province == null) {
            throw ProblemException.forbidden("an inspector of a unit known to this service does this");
        }
        return province;
    }

    /** The root of the unit's path in the unit copy; null for a unit this service does not know. */
    public String provinceOf(String unitCode) {
        UnitCopy unit = units.findById(unitCode);
        return unit != null && unit.getPath() != null ? Jurisdiction.rootOf(unit.getPath()) : null;
    }

    /** LIKE pattern of the leader's subtree, or null when the caller is not a leader with a unit. */
    public String leaderPattern(Caller caller) {
        if (!caller.hasRole(Roles.LEADER) || caller.unitCode().isEmpty() || caller.isIntegration()) {
            return null;
        }
        String code = caller.unitCode().get();
        UnitCopy unit = units.findById(code);
        return unit != null
                ? Jurisdiction.subtreePattern(unit.getPath())
                : "%/" + Jurisdiction.subtreePattern(code + "/");
    }

    // ---------------------------------------------------------------- plans and inspections

    public InspectionPlan plan(UUID id, Caller caller, Level level) {
        requireStaffWithUnit(caller);
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
            throw ProblemException.forbidden(
                    "only an inspector of province " + plan.getProvinceCode() + " manages this plan");
        }
        return plan;
    }

    public Inspection inspection(UUID id, Caller caller, Level level) {
        requireStaffWithUnit(caller);
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

    /** An inspector of the plan's province. */
    public boolean isManager(InspectionPlan plan, Caller caller) {
        return plan.getProvinceCode().equals(inspectorProvince(caller));
    }

    /** A member of the plan's team (by user name). */
    public boolean isMember(InspectionPlan plan, Caller caller) {
        return team.isMember(plan.getId(), caller.username());
    }

    /** A leader whose unit is the given unit or one of its ancestors. */
    public boolean isUnitLeader(String unitPath, Caller caller) {
        return caller.hasRole(Roles.LEADER)
                && !caller.isIntegration()
                && caller.unitCode().map(u -> Jurisdiction.covers(u, unitPath)).orElse(false);
    }

    // ---------------------------------------------------------------- finer decisions of the use cases

    /** 403 unless the caller leads the inspected unit (or a unit above it): that leader submits the self-report. */
    public void requireSelfReporter(Inspection inspection, Caller caller) {
        if (!isUnitLeader(inspection.getUnitPath(), caller)) {
            throw ProblemException.forbidden("the leader of the inspected unit submits the self-inspection report");
        }
    }

    /** 403 unless the caller leads the unit responsible for the remediation item (or a unit above it). */
    public void requireResponsibleLeader(RemediationItem item, Caller caller) {
        if (!isUnitLeader(item.getResponsibleUnitPath(), caller)) {
            throw ProblemException.forbidden("the leader of the responsible unit reports on this item");
        }
    }

    /** The team's side of an inspection (the plan's inspectors and team members): drafts and findings included. */
    public boolean isTeamSide(InspectionPlan plan, Caller caller) {
        return isManager(plan, caller) || isMember(plan, caller);
    }

    /**
     * Whether the checklist shows the finding counts: to the plan's inspectors and to every reader who is not the
     * inspected unit's leader (the team).
     */
    public boolean seesFindingCounts(InspectionPlan plan, Inspection inspection, Caller caller) {
        return isManager(plan, caller) || !isUnitLeader(inspection.getUnitPath(), caller);
    }

    /**
     * A document of a remediation item of an inspection the caller reads: the plan's inspectors and the responsible
     * unit's leader read it, anyone else must be of the team (403 otherwise, see {@link #inspection}).
     */
    public void requireRemediationDocumentReader(Inspection inspection, RemediationItem item, Caller caller) {
        InspectionPlan plan = plans.findById(inspection.getPlanId());
        if (!isManager(plan, caller) && !isUnitLeader(item.getResponsibleUnitPath(), caller)) {
            inspection(inspection.getId(), caller, Level.TEAM);
        }
    }
}
