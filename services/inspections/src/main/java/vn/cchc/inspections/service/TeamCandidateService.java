package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.TeamCandidates.TeamCandidate;
import vn.cchc.inspections.service.TeamCandidates.UnitInfo;
import vn.cchc.inspections.service.UserDirectory.DirectoryUser;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** The team picker: accounts of the inspector's province from the user directory (TeamCandidates has the rules). */
@ApplicationScoped
public class TeamCandidateService {

    private final UserDirectory directory;
    private final UnitCopyRepository units;
    private final AccessPolicy access;

    public TeamCandidateService(UserDirectory directory, UnitCopyRepository units, AccessPolicy access) {
        this.directory = directory;
        this.units = units;
        this.access = access;
    }

    /** Inspectors of a province this service knows only (403 otherwise, before the directory is asked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamCandidate> search(String query, PageRequest page, Caller caller) {
        String province = access.requireInspectorProvince(caller);
        List<DirectoryUser> users = directory.staff();
        Map<String, UnitInfo> known = new HashMap<>();
        for (UnitCopy u : units.byCodes(
                users.stream().map(DirectoryUser::unitCode).distinct().toList())) {
            known.put(
                    u.getCode(),
                    new UnitInfo(u.getName(), u.getPath() == null ? null : Jurisdiction.rootOf(u.getPath())));
        }
        return TeamCandidates.select(users, query, province, known::get, page);
    }
}
