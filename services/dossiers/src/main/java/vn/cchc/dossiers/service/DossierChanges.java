package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.event.DossierEvents;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.dossiers.repository.ServiceIndexStore;

/**
 * What follows every change of a dossier, in the change's transaction: the change is flushed (so that its version is
 * the one the event carries), then the event on {@code cchc.dossiers.v1}
 * ({@link DossierEvents}, through the outbox), and the mark of the receiving unit's QĐ 766 figures as changed from
 * the day the dossier was received ({@link ServiceIndexStore#mark}), for the {@link ServiceIndexPublisher}.
 */
@ApplicationScoped
public class DossierChanges {

    private final DossierEvents events;
    private final ServiceIndexStore serviceIndex;
    private final DossierRepository dossiers;

    public DossierChanges(DossierEvents events, ServiceIndexStore serviceIndex, DossierRepository dossiers) {
        this.events = events;
        this.serviceIndex = serviceIndex;
        this.dossiers = dossiers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, Dossier d, Boolean apologyTimely, OffsetDateTime now) {
        publish(type, d, apologyTimely, null, now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, Dossier d, Boolean apologyTimely, Boolean dissatisfied, OffsetDateTime now) {
        // Write the change first: the optimistic-lock version is raised at flush, and the event must carry the version
        // it describes (a consumer keeps the highest version; an event carrying the old one could be overtaken by an
        // older event of the same version, e.g. a redelivered DossierReceived erasing DossierOverdue downstream).
        dossiers.flush();
        events.publish(type, d, apologyTimely, dissatisfied, now);
        if (d.getReceivedAt() != null) {
            serviceIndex.mark(
                    d.getReceivingUnitCode(),
                    d.getReceivingUnitPath(),
                    d.getReceivedAt()
                            .atZoneSameInstant(OfficialCalendarService.ZONE)
                            .toLocalDate());
        }
    }
}
