package vn.cchc.shared.archfixture.alpha.service;

import vn.cchc.shared.archfixture.alpha.rest.ThingView;

/** Bad: a use case takes the HTTP layer's DTO. */
public class ServiceUsingRest {
    public String name(ThingView view) {
        return view.name();
    }
}
