package vn.cchc.shared.archfixture.alpha.event;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.shared.archfixture.alpha.service.GoodService;

/** Good: a consumer hands the record to a use case. */
public class GoodConsumer {
    private final GoodService service;

    public GoodConsumer(GoodService service) {
        this.service = service;
    }

    @Incoming("things")
    public void consume(String json) {
        service.name(json.length());
    }
}
