package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.dossiers.service.WebhookService;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;

/**
 * cchc.dossiers.v1 (this service's own events, read back in a consumer group of their own) → webhook deliveries:
 * each event applied once (inbox), one delivery per matching subscription (docs/adr/0014-webhooks.md).
 */
@ApplicationScoped
public class WebhookConsumer implements EventHandlers {

    static final String NAME = "dossiers.webhooks";

    private final EventConsumer consumer;
    private final WebhookService webhooks;

    public WebhookConsumer(EventConsumer consumer, WebhookService webhooks) {
        this.consumer = consumer;
        this.webhooks = webhooks;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(NAME, webhooks::fanOut);
    }

    @Incoming("webhooks-in")
    @Blocking(ordered = true)
    public void onDossierEvent(ConsumerRecords<String, String> records) {
        // the records of one poll (batch=true), applied in one transaction (EventConsumer.consumeAll)
        consumer.consumeAll(NAME, records, this);
    }
}
