package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.rest.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;

@ApplicationScoped
public class CriteriaSetService {

    private final CriteriaSetRepository sets;
    private final Clock clock;

    public CriteriaSetService(CriteriaSetRepository sets, Clock clock) {
        this.sets = sets;
        this.clock = clock;
    }

    @Transactional
    public CriteriaSet create(CreateCriteriaSetRequest request, String author) {
        if (sets.existsByCode(request.code().trim())) {
            throw ProblemException.conflict("A criteria set with code " + request.code().trim() + " already exists.");
        }
        CriteriaSet set = CriteriaSet.draft(request.code(), request.name(), request.year(), request.level(),
                request.province(), request.maxPoints(), author, OffsetDateTime.now(clock));
        sets.persist(set);
        return set;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CriteriaSet> search(Integer year, PageRequest page) {
        return sets.search(year, page);
    }
}
