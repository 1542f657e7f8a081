package vn.cchc.shared.archfixture.alpha.event;

import vn.cchc.shared.archfixture.alpha.domain.Thing;

/** Good: an event builder reads the domain. */
public final class ThingEvents {
    public static String changed(Thing t) {
        return "changed " + (t == null ? "" : t.name);
    }
}
