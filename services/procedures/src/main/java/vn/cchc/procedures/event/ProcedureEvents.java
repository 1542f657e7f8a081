package vn.cchc.procedures.event;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/** Announces procedure changes on the compacted topic {@code cchc.procedures.v1}, keyed by code. */
@ApplicationScoped
public class ProcedureEvents {

    private final Outbox outbox;
    private final ProcedureMapper mapper;

    public ProcedureEvents(Outbox outbox, ProcedureMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public void published(Procedure procedure, PublicationDecision decision) {
        ProcedureEventV1 payload = mapper.toEvent(procedure, new ProcedureEventV1.Decision(
                decision.getNumber(), decision.getDecisionDate(), decision.getEffectiveDate()));
        outbox.publish(Topics.PROCEDURES, procedure.getCode(), ProcedureEventV1.PUBLISHED,
                ProcedureEventV1.SCHEMA_VERSION, payload);
    }
}
