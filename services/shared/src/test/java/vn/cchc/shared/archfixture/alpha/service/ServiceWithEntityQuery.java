package vn.cchc.shared.archfixture.alpha.service;

import vn.cchc.shared.archfixture.alpha.domain.PanacheThing;

/** Bad: an active-record query string outside the repository. */
public class ServiceWithEntityQuery {
    public Object first() {
        return PanacheThing.find("id > ?1", 1L).firstResult();
    }
}
