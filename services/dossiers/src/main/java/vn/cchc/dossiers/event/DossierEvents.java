package vn.cchc.dossiers.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/**
 * Announces dossier changes on {@code cchc.dossiers.v1} (key = dossier code) through the outbox, in the caller's
 * transaction; called by {@code service/DossierChanges}, which also marks the unit's QĐ 766 figures as changed.
 */
@ApplicationScoped
public class DossierEvents {

    private final Outbox outbox;

    public DossierEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(String type, Dossier d, Boolean apologyTimely, Boolean dissatisfied, OffsetDateTime now) {
        publish(type, d, d.getVersion(), apologyTimely, dissatisfied, now);
    }

    /**
     * {@code DossierErased}: the dossier as it was, with version = its last version + 1 (it is deleted in the same
     * transaction, so no change of it can take that version), so that consumers order it after every other event.
     */
    public void erased(Dossier d, OffsetDateTime now) {
        publish(DossierEventV1.ERASED, d, d.getVersion() + 1, null, null, now);
    }

    private void publish(
            String type, Dossier d, long version, Boolean apologyTimely, Boolean dissatisfied, OffsetDateTime now) {
        DossierEventV1 payload = new DossierEventV1(
                d.getCode(),
                version,
                d.getStatus().name(),
                d.getStatus().code(),
                d.getProcedureCode(),
                d.getField(),
                d.getReceivingUnitCode(),
                d.getReceivingUnitPath(),
                d.getDecidingUnitCode(),
                d.getDecidingUnitPath(),
                d.getChannel(),
                d.getReceivedAt(),
                d.getDueAt(),
                d.getExtendedDueAt(),
                d.getResolvedAt(),
                d.getReturnedAt(),
                d.getClassification() == null ? null : d.getClassification().name(),
                d.isHasApology(),
                apologyTimely,
                d.isOverdue(now) || d.getClassification() == Dossier.Classification.LATE,
                d.isDigitised(),
                d.isEResult(),
                dissatisfied,
                now);
        outbox.publish(Topics.DOSSIERS, d.getCode(), type, DossierEventV1.SCHEMA_VERSION, payload);
    }
}
