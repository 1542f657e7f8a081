package vn.cchc.inspections.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.inspections.service.LiveEvidenceService;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventHandlers;
import vn.cchc.shared.units.UnitCopyProjection;

/**
 * Events in: units (into the unit copy, by the shared projection), dossiers, posting compliance and PAR-index results,
 * each applied once (inbox) into the local read models; a poison message goes to the dead-letter topic.
 */
@ApplicationScoped
public class EvidenceConsumers implements EventHandlers {

    static final String UNITS = "inspections.units";
    static final String DOSSIERS = "inspections.dossiers";
    static final String POSTING = "inspections.posting";
    static final String PAR_INDEX = "inspections.par-index";

    private final EventConsumer consumer;
    private final UnitCopyProjection units;
    private final LiveEvidenceService evidence;

    public EvidenceConsumers(EventConsumer consumer, UnitCopyProjection units, LiveEvidenceService evidence) {
        this.consumer = consumer;
        this.units = units;
        this.evidence = evidence;
    }

    @Override
    public Map<String, Consumer<EventEnvelope>> handlers() {
        return Map.of(
                UNITS, units::apply,
                DOSSIERS, evidence::applyDossier,
                POSTING, evidence::applyPosting,
                PAR_INDEX, evidence::applyParIndex);
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

    @Incoming("posting-in")
    @Blocking(ordered = true)
    public void onPosting(ConsumerRecord<String, String> record) {
        consumer.consume(POSTING, record, this);
    }

    @Incoming("par-index-in")
    @Blocking(ordered = true)
    public void onParIndex(ConsumerRecord<String, String> record) {
        consumer.consume(PAR_INDEX, record, this);
    }
}
