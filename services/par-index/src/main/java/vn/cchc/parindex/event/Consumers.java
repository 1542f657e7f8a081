package vn.cchc.parindex.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.parindex.service.EventProjections;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;
import vn.cchc.shared.units.UnitCopyProjection;

/**
 * Every topic par-index reads, each into its read model through the inbox (each event applied once, poison
 * messages to the dead-letter topic by the channel's failure strategy); units go to the unit copy by the shared
 * projection.
 */
@ApplicationScoped
public class Consumers implements EventHandlers {

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

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                UNITS, units::apply,
                DOSSIERS, projections::dossier,
                PROCEDURES, projections::procedure,
                POSTING, projections::posting,
                INSPECTIONS, projections::inspection,
                SERVICE_INDEX, projections::serviceIndex);
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnit(ConsumerRecord<String, String> record) {
        consumer.consume(UNITS, record, this);
    }

    @Incoming("dossiers-in")
    @Blocking(ordered = true)
    public void onDossier(ConsumerRecords<String, String> records) {
        // the records of one poll (batch=true), applied in one transaction (EventConsumer.consumeAll)
        consumer.consumeAll(DOSSIERS, records, this);
    }

    @Incoming("procedures-in")
    @Blocking(ordered = true)
    public void onProcedure(ConsumerRecord<String, String> record) {
        consumer.consume(PROCEDURES, record, this);
    }

    @Incoming("posting-in")
    @Blocking(ordered = true)
    public void onPosting(ConsumerRecord<String, String> record) {
        consumer.consume(POSTING, record, this);
    }

    @Incoming("inspections-in")
    @Blocking(ordered = true)
    public void onInspection(ConsumerRecord<String, String> record) {
        consumer.consume(INSPECTIONS, record, this);
    }

    @Incoming("service-index-in")
    @Blocking(ordered = true)
    public void onServiceIndex(ConsumerRecord<String, String> record) {
        consumer.consume(SERVICE_INDEX, record, this);
    }
}
