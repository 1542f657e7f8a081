package vn.cchc.procedures.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/**
 * Announces what a decision did to a procedure on the compacted topic {@code cchc.procedures.v1}, keyed
 * by code: the version's content (what dossiers need for due dates and the control slip) and validity, and the
 * whole version history with each version's validity, so that the last event of a code alone rebuilds every
 * version (docs/domain/procedure-versions.md §3).
 */
@ApplicationScoped
public class ProcedureEvents {

    private final Outbox outbox;

    public ProcedureEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param published every published version of the procedure after the decision, with the validity the decision
     *                  left them (an amendment has closed the previous one), oldest first
     * @param decisions the decisions that published them, by id (the one at hand need not be there)
     */
    public void decided(
            Procedure procedure,
            ProcedureVersion version,
            PublicationDecision decision,
            DecisionAction action,
            List<ProcedureVersion> published,
            Map<Long, PublicationDecision> decisions) {
        String type = switch (action) {
            case PUBLISH -> ProcedureEventV1.PUBLISHED;
            case AMEND -> ProcedureEventV1.AMENDED;
            case ABOLISH, REPLACE -> ProcedureEventV1.ABOLISHED;
        };
        String state = switch (action) {
            case PUBLISH -> "IN_FORCE";
            case AMEND -> "AMENDED";
            case ABOLISH, REPLACE -> "ABOLISHED";
        };
        ProcedureContent c = version.content();
        ProcedureEventV1 payload = new ProcedureEventV1(
                procedure.getCode(),
                c.name(),
                c.field(),
                c.levels().isEmpty() ? null : c.levels().get(0),
                state,
                version.getVersion(),
                time(c.processingTime()),
                new ProcedureEventV1.Decision(
                        decision.getNumber(), decision.getDecisionDate(), decision.getEffectiveDate(), action.name()),
                procedure.getEventSequence(),
                c.levels(),
                version.getValidFrom(),
                version.getValidTo(),
                procedure.getAbolishedOn(),
                procedure.getReplacedBy(),
                c.decidingAgencyCode(),
                c.receivingPoints(),
                c.channels().stream().map(Enum::name).toList(),
                c.onlineLevel().name(),
                c.fullOnlineEligible(),
                time(c.statutoryTime()),
                c.afternoonCutoff(),
                c.fees().stream()
                        .map(f -> new ProcedureEventV1.Fee(f.name(), f.amount(), f.note()))
                        .toList(),
                c.internalSteps().stream()
                        .map(s -> new ProcedureEventV1.InternalStep(s.name(), s.actor(), s.duration()))
                        .toList(),
                published.stream()
                        .filter(v -> !v.isDraft())
                        .sorted(Comparator.comparingInt(ProcedureVersion::getVersion))
                        .map(v -> version(
                                v,
                                decision.getId().equals(v.getDecisionId())
                                        ? decision
                                        : decisions.get(v.getDecisionId())))
                        .toList());
        outbox.publish(Topics.PROCEDURES, procedure.getCode(), type, ProcedureEventV1.SCHEMA_VERSION, payload);
    }

    private static ProcedureEventV1.Version version(ProcedureVersion v, PublicationDecision d) {
        ProcedureContent c = v.content();
        return new ProcedureEventV1.Version(
                v.getVersion(),
                v.getValidFrom(),
                v.getValidTo(),
                d == null
                        ? null
                        : new ProcedureEventV1.Decision(
                                d.getNumber(),
                                d.getDecisionDate(),
                                d.getEffectiveDate(),
                                v.getVersion() == 1 ? "PUBLISH" : "AMEND"),
                c.name(),
                c.field(),
                c.levels(),
                c.decidingAgencyCode(),
                c.onlineLevel().name(),
                time(c.processingTime()),
                time(c.statutoryTime()),
                c.afternoonCutoff(),
                c.fees().stream()
                        .map(f -> new ProcedureEventV1.Fee(f.name(), f.amount(), f.note()))
                        .toList(),
                c.internalSteps().stream()
                        .map(s -> new ProcedureEventV1.InternalStep(s.name(), s.actor(), s.duration()))
                        .toList());
    }

    private static ProcedureEventV1.ProcessingTime time(ProcedureContent.Duration d) {
        return d == null
                ? null
                : new ProcedureEventV1.ProcessingTime(d.value(), d.unit().name());
    }
}
