package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.dossiers.service.CatalogueService;
import vn.cchc.shared.inbox.EventConsumer;

/** cchc.procedures.v1 → local catalogue copy, each event applied once. */
@ApplicationScoped
public class CatalogueConsumer {

    static final String NAME = "dossiers.catalogue";

    private final EventConsumer consumer;
    private final CatalogueService catalogue;

    public CatalogueConsumer(EventConsumer consumer, CatalogueService catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Incoming("procedures-in")
    @Blocking(ordered = true)
    public void onProcedureEvent(String payload) {
        consumer.consume(NAME, payload, catalogue::apply);
    }
}
