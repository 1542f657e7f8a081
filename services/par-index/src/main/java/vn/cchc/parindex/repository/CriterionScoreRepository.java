package vn.cchc.parindex.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.parindex.domain.CriterionScore;

@ApplicationScoped
public class CriterionScoreRepository implements PanacheRepository<CriterionScore> {

    public Map<String, CriterionScore> ofAssessment(long assessmentId) {
        return list("assessmentId", assessmentId).stream()
                .collect(Collectors.toMap(CriterionScore::getCode, Function.identity()));
    }

    public Optional<CriterionScore> find(long assessmentId, String code) {
        return find("assessmentId = ?1 and code = ?2", assessmentId, code).firstResultOptional();
    }

    public List<CriterionScore> list(long assessmentId) {
        return list("assessmentId", assessmentId);
    }
}
