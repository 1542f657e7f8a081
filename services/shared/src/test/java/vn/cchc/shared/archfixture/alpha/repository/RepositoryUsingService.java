package vn.cchc.shared.archfixture.alpha.repository;

import vn.cchc.shared.archfixture.alpha.service.GoodService;

/** Bad: a repository calls a use case. */
public class RepositoryUsingService {
    public String run(GoodService service) {
        return service.name(1L);
    }
}
