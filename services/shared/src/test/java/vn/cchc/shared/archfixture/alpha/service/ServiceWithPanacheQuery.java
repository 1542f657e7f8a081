package vn.cchc.shared.archfixture.alpha.service;

import vn.cchc.shared.archfixture.alpha.repository.ThingRepository;

/** Bad: a Panache query string outside the repository. */
public class ServiceWithPanacheQuery {
    public long count(ThingRepository things) {
        return things.count("name = ?1 and id > ?2", "a", 1L);
    }
}
