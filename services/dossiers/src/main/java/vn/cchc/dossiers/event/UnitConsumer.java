package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.dossiers.service.UnitService;
import vn.cchc.shared.inbox.EventConsumer;

/** cchc.units.v1 → local unit tree (jurisdiction and names), each event applied once. */
@ApplicationScoped
public class UnitConsumer {

    static final String NAME = "dossiers.units";

    private final EventConsumer consumer;
    private final UnitService units;

    public UnitConsumer(EventConsumer consumer, UnitService units) {
        this.consumer = consumer;
        this.units = units;
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnitEvent(String payload) {
        consumer.consume(NAME, payload, units::apply);
    }
}
