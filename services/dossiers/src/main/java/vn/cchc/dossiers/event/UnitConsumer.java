package vn.cchc.dossiers.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.units.UnitCopyProjection;

/** cchc.units.v1 → local unit copy (jurisdiction and names), each event applied once by the shared projection. */
@ApplicationScoped
public class UnitConsumer {

    static final String NAME = "dossiers.units";

    private final EventConsumer consumer;
    private final UnitCopyProjection units;

    public UnitConsumer(EventConsumer consumer, UnitCopyProjection units) {
        this.consumer = consumer;
        this.units = units;
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnitEvent(String payload) {
        consumer.consume(NAME, payload, units::apply);
    }
}
