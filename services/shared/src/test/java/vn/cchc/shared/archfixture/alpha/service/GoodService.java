package vn.cchc.shared.archfixture.alpha.service;

import vn.cchc.shared.archfixture.alpha.domain.Thing;
import vn.cchc.shared.archfixture.alpha.event.ThingEvents;
import vn.cchc.shared.archfixture.alpha.repository.ThingRepository;
import vn.cchc.shared.archfixture.lib.Tool;

/** Good: a use case calls the repository's named queries, the domain, the event builder and libraries. */
public class GoodService {
    private final ThingRepository things;

    public GoodService(ThingRepository things) {
        this.things = things;
    }

    public String name(long id) {
        Thing t = things.find(Tool.trim("x"));
        return ThingEvents.changed(t) + things.countNamed("a");
    }
}
