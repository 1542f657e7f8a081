package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cchc.parindex.domain.EvidenceDocument;

/** Evidence documents and their links to criteria, always within one assessment. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceDocument, UUID> {

    public List<EvidenceDocument> ofAssessment(long assessmentId) {
        return list("assessmentId", Sort.by("uploadedAt"), assessmentId);
    }

    public Optional<EvidenceDocument> find(long assessmentId, UUID id) {
        return find("assessmentId = ?1 and id = ?2", assessmentId, id).firstResultOptional();
    }

    public long countKnown(long assessmentId, Collection<UUID> ids) {
        return ids.isEmpty() ? 0 : count("assessmentId = ?1 and id in ?2", assessmentId, ids);
    }

    /** Replaces the links of one criterion at one stage. */
    public void replaceLinks(long assessmentId, String code, String stage, Collection<UUID> documentIds) {
        getEntityManager()
                .createNativeQuery("delete from evidence_link where assessment_id = :a and code = :c and stage = :s")
                .setParameter("a", assessmentId)
                .setParameter("c", code)
                .setParameter("s", stage)
                .executeUpdate();
        for (UUID id : documentIds) {
            getEntityManager()
                    .createNativeQuery("""
                            insert into evidence_link (assessment_id, code, document_id, stage) values (:a, :c, :d, :s)
                            on conflict do nothing""")
                    .setParameter("a", assessmentId)
                    .setParameter("c", code)
                    .setParameter("d", id)
                    .setParameter("s", stage)
                    .executeUpdate();
        }
    }

    /** Criterion code → linked document ids (all stages). */
    @SuppressWarnings("unchecked")
    public Map<String, List<UUID>> linksByCriterion(long assessmentId) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "select code, document_id from evidence_link where assessment_id = :a order by code, document_id")
                .setParameter("a", assessmentId)
                .getResultList();
        Map<String, List<UUID>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return out;
    }
}
