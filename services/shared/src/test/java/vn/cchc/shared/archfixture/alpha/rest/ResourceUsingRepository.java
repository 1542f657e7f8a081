package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.archfixture.alpha.repository.ThingRepository;

/** Bad: a resource reads the repository directly. */
public class ResourceUsingRepository {
    public long count(ThingRepository things) {
        return things.countNamed("a");
    }
}
