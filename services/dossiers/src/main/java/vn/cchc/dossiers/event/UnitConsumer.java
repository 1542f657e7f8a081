package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;
import vn.cchc.shared.units.UnitCopyProjection;

/** cchc.units.v1 → local unit copy (jurisdiction and names), each event applied once by the shared projection. */
@ApplicationScoped
public class UnitConsumer implements EventHandlers {

    static final String NAME = "dossiers.units";

    private final EventConsumer consumer;
    private final UnitCopyProjection units;

    public UnitConsumer(EventConsumer consumer, UnitCopyProjection units) {
        this.consumer = consumer;
        this.units = units;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(NAME, units::apply);
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnitEvent(ConsumerRecord<String, String> record) {
        consumer.consume(NAME, record, this);
    }
}
