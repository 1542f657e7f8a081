package vn.cchc.inspections.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.Messages;
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
            throw ProblemException.forbidden(Messages.INTEGRATION_CLIENT_HAS_ACCESS_INSPECTIONS);
        }
        if (!caller.hasAnyRole(STAFF)) {
            throw ProblemException.forbidden(Messages.INSPECTIONS_STAFF_ADMINISTRATIVE_UNITS);
        }
        if (caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_UNIT);
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
            throw ProblemException.forbidden(Messages.CONTENT_GROUPS_READ_INSPECTORS_LEADERS);
        }
        if (caller.unitCode().isEmpty()) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_UNIT);
        }
    }

    /** Content groups and checklist items are national data: written by national-admin only. */
    public void requireContentWriter(Caller caller) {
        if (!isNational(caller)) {
            throw ProblemException.forbidden(Messages.CONTENT_GROUPS_NATIONAL_DATA_ONLY, Roles.NATIONAL_ADMIN);
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
            throw ProblemException.forbidden(Messages.CALENDAR_READ_INSPECTORS_ADMINS);
        }
        String unit =
                caller.unitCode().orElseThrow(() -> ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_UNIT));
        String own = provinceOf(unit);
        if (own == null) {
            throw ProblemException.forbidden(Messages.UNIT_KNOWN_SERVICE, unit);
        }
        if (asked == null || asked.equals(own) || asked.equals(CalendarEventV1.NATIONAL)) {
            return asked == null ? own : asked;
        }
        throw ProblemException.forbidden(Messages.YOU_READ_CALENDAR_PROVINCE_ONLY, own);
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
            throw ProblemException.forbidden(Messages.INSPECTOR_UNIT_KNOWN_SERVICE_DOES);
        }
        return province;
    }

    /** The root of the unit's path in the unit copy; null for a unit this service does not know. */
    public String provinceOf(String unitCode) {
        UnitCopy unit = units.findById(unitCode);
        return unit != null && unit.getPath() != null ? Jurisdiction.rootOf(unit.getPath()) : null;
    }

    /**
     * What the caller's lists hold (inspections and their remediation items): the plans of an inspector's province,
     * the plans whose team lists the user, the subtree of a leader's unit.
     */
    public InspectionRepository.Scope listScope(Caller caller) {
        return new InspectionRepository.Scope(inspectorProvince(caller), caller.username(), leaderPattern(caller));
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
            throw ProblemException.notFound(Messages.PLAN_FOUND, id);
        }
        boolean manager = isManager(plan, caller);
        boolean member = team.isMember(plan.getId(), caller.username());
        if (!manager && !member) {
            throw ProblemException.notFound(Messages.PLAN_FOUND, id);
        }
        if (level == Level.MANAGE && !manager) {
            throw ProblemException.forbidden(Messages.ONLY_INSPECTOR_PROVINCE_MANAGES_PLAN, plan.getProvinceCode());
        }
        return plan;
    }

    public Inspection inspection(UUID id, Caller caller, Level level) {
        requireStaffWithUnit(caller);
        Inspection inspection = inspections.findById(id);
        if (inspection == null) {
            throw ProblemException.notFound(Messages.INSPECTION_FOUND, id);
        }
        InspectionPlan plan = plans.findById(inspection.getPlanId());
        boolean manager = isManager(plan, caller);
        boolean member = manager || team.isMember(plan.getId(), caller.username());
        boolean unit = isUnitLeader(inspection.getUnitPath(), caller);
        if (!member && !unit) {
            throw ProblemException.notFound(Messages.INSPECTION_FOUND, id);
        }
        if (level == Level.TEAM && !member) {
            throw ProblemException.forbidden(Messages.ONLY_INSPECTION_TEAM_SEES);
        }
        if (level == Level.MANAGE && !manager) {
            throw ProblemException.forbidden(Messages.ONLY_INSPECTOR_PROVINCE_DOES, plan.getProvinceCode());
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
            throw ProblemException.forbidden(Messages.LEADER_INSPECTED_UNIT_SUBMITS_SELF);
        }
    }

    /** 403 unless the caller leads the unit responsible for the remediation item (or a unit above it). */
    public void requireResponsibleLeader(RemediationItem item, Caller caller) {
        if (!isUnitLeader(item.getResponsibleUnitPath(), caller)) {
            throw ProblemException.forbidden(Messages.LEADER_RESPONSIBLE_UNIT_REPORTS_ITEM);
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
