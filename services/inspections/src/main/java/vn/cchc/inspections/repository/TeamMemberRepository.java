package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.TeamMember;

@ApplicationScoped
public class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, Long> {

    public List<TeamMember> ofPlan(UUID planId) {
        return list("planId = ?1 order by sortOrder", planId);
    }

    public boolean isMember(UUID planId, String username) {
        return username != null && count("planId = ?1 and username = ?2", planId, username) > 0;
    }

    public void deleteOfPlan(UUID planId) {
        delete("planId", planId);
    }
}
