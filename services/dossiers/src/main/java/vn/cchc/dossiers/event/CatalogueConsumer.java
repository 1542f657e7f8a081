package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.dossiers.service.CatalogueService;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;

/** cchc.procedures.v1 → local catalogue copy, each event applied once. */
@ApplicationScoped
public class CatalogueConsumer implements EventHandlers {

    static final String NAME = "dossiers.catalogue";

    private final EventConsumer consumer;
    private final CatalogueService catalogue;

    public CatalogueConsumer(EventConsumer consumer, CatalogueService catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(NAME, catalogue::apply);
    }

    @Incoming("procedures-in")
    @Blocking(ordered = true)
    public void onProcedureEvent(ConsumerRecord<String, String> record) {
        consumer.consume(NAME, record, this);
    }
}
