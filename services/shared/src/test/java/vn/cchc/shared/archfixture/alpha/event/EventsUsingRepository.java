package vn.cchc.shared.archfixture.alpha.event;

import vn.cchc.shared.archfixture.alpha.repository.ThingRepository;

/** Bad: an event builder reads the repository. */
public final class EventsUsingRepository {
    public static String count(ThingRepository things) {
        return "count " + things.countNamed("a");
    }
}
