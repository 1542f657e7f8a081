package vn.cchc.shared.archfixture.alpha.domain;

import vn.cchc.shared.archfixture.alpha.service.GoodService;

/** Bad: the domain calls up into a use case. */
public final class RuleUsingService {
    public static String run(GoodService service) {
        return service.name(1L);
    }
}
