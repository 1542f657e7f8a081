package vn.cchc.parindex.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.parindex.service.EventProjections;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.units.UnitCopyProjection;

/**
 * Every topic par-index reads, each into its read model through the inbox (each event applied once, poison
 * messages to the dead-letter topic by the channel's failure strategy); units go to the unit copy by the shared
 * projection.
 */
@ApplicationScoped
public class Consumers {

    static final String UNITS = "par-index.units";
    static final String DOSSIERS = "par-index.dossiers";
    static final String PROCEDURES = "par-index.procedures";
    static final String POSTING = "par-index.posting";
    static final String INSPECTIONS = "par-index.inspections";
    static final String SERVICE_INDEX = "par-index.service-index";

    private final EventConsumer consumer;
    private final EventProjections projections;
    private final UnitCopyProjection units;

    public Consumers(EventConsumer consumer, EventProjections projections, UnitCopyProjection units) {
        this.consumer = consumer;
        this.projections = projections;
        this.units = units;
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnit(String payload) {
        consumer.consume(UNITS, payload, units::apply);
    }

    @Incoming("dossiers-in")
    @Blocking(ordered = true)
    public void onDossier(String payload) {
        consumer.consume(DOSSIERS, payload, projections::dossier);
    }

    @Incoming("procedures-in")
    @Blocking(ordered = true)
    public void onProcedure(String payload) {
        consumer.consume(PROCEDURES, payload, projections::procedure);
    }

    @Incoming("posting-in")
    @Blocking(ordered = true)
    public void onPosting(String payload) {
        consumer.consume(POSTING, payload, projections::posting);
    }

    @Incoming("inspections-in")
    @Blocking(ordered = true)
    public void onInspection(String payload) {
        consumer.consume(INSPECTIONS, payload, projections::inspection);
    }

    @Incoming("service-index-in")
    @Blocking(ordered = true)
    public void onServiceIndex(String payload) {
        consumer.consume(SERVICE_INDEX, payload, projections::serviceIndex);
    }
}
