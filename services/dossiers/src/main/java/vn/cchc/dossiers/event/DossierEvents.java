package vn.cchc.dossiers.event;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.repository.ServiceIndexStore;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Announces dossier changes on {@code cchc.dossiers.v1} (key = dossier code) through the outbox, and marks the
 * receiving unit's QĐ 766 figures as changed from the day the dossier was received ({@link ServiceIndexStore#mark}),
 * for the publisher of {@code cchc.service-index.v1}.
 */
@ApplicationScoped
public class DossierEvents {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Outbox outbox;
    private final ServiceIndexStore serviceIndex;

    public DossierEvents(Outbox outbox, ServiceIndexStore serviceIndex) {
        this.outbox = outbox;
        this.serviceIndex = serviceIndex;
    }

    public void publish(String type, Dossier d, Boolean apologyTimely, OffsetDateTime now) {
        publish(type, d, apologyTimely, null, now);
    }

    public void publish(String type, Dossier d, Boolean apologyTimely, Boolean dissatisfied, OffsetDateTime now) {
        DossierEventV1 payload = new DossierEventV1(d.getCode(), d.getVersion(), d.getStatus().name(), d.getStatus().code(),
                d.getProcedureCode(), d.getField(), d.getReceivingUnitCode(), d.getReceivingUnitPath(),
                d.getDecidingUnitCode(), d.getDecidingUnitPath(), d.getChannel(), d.getReceivedAt(), d.getDueAt(),
                d.getExtendedDueAt(), d.getResolvedAt(), d.getReturnedAt(),
                d.getClassification() == null ? null : d.getClassification().name(), d.isHasApology(), apologyTimely,
                d.isOverdue(now) || d.getClassification() == Dossier.Classification.LATE, d.isDigitised(), d.isEResult(),
                dissatisfied, now);
        outbox.publish(Topics.DOSSIERS, d.getCode(), type, DossierEventV1.SCHEMA_VERSION, payload);
        if (d.getReceivedAt() != null) {
            serviceIndex.mark(d.getReceivingUnitCode(), d.getReceivingUnitPath(),
                    d.getReceivedAt().atZoneSameInstant(VN).toLocalDate());
        }
    }
}
