package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.archfixture.alpha.event.ThingEvents;

/** Bad: a resource builds an event (outside a use case's transaction). */
public class ResourceUsingEvent {
    public String event() {
        return ThingEvents.changed(null);
    }
}
