package vn.cchc.shared.archfixture.alpha.event;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.shared.archfixture.alpha.domain.Thing;

/** Bad: a consumer changes the domain itself instead of through a use case. */
public class ConsumerUsingDomain {
    @Incoming("things")
    public void consume(String json) {
        Thing t = new Thing();
        t.name = json;
    }
}
