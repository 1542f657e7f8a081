package vn.cchc.inspections.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.cchc.inspections.service.LiveEvidenceService;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.units.UnitCopyProjection;

/**
 * Events in: units (into the unit copy, by the shared projection), dossiers, posting compliance and PAR-index results,
 * each applied once (inbox) into the local read models; a poison message goes to the dead-letter topic.
 */
@ApplicationScoped
public class EvidenceConsumers {

    private final EventConsumer consumer;
    private final UnitCopyProjection units;
    private final LiveEvidenceService evidence;

    public EvidenceConsumers(EventConsumer consumer, UnitCopyProjection units, LiveEvidenceService evidence) {
        this.consumer = consumer;
        this.units = units;
        this.evidence = evidence;
    }

    @Incoming("units-in")
    @Blocking(ordered = true)
    public void onUnit(String payload) {
        consumer.consume("inspections.units", payload, units::apply);
    }

    @Incoming("dossiers-in")
    @Blocking(ordered = true)
    public void onDossier(String payload) {
        consumer.consume("inspections.dossiers", payload, evidence::applyDossier);
    }

    @Incoming("posting-in")
    @Blocking(ordered = true)
    public void onPosting(String payload) {
        consumer.consume("inspections.posting", payload, evidence::applyPosting);
    }

    @Incoming("par-index-in")
    @Blocking(ordered = true)
    public void onParIndex(String payload) {
        consumer.consume("inspections.par-index", payload, evidence::applyParIndex);
    }
}
