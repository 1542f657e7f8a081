package vn.cchc.procedures.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import vn.cchc.procedures.domain.PostingCompliance;
import vn.cchc.procedures.service.ComplianceService.UnitCompliance;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/** Announces a receiving point's changed niêm yết result on {@code cchc.posting.v1}, keyed by unit code. */
@ApplicationScoped
public class PostingEvents {

    private final Outbox outbox;
    private final Clock clock;

    public PostingEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void complianceChanged(UnitCompliance c) {
        PostingCompliance.Result r = c.result();
        PostingComplianceEventV1 payload = new PostingComplianceEventV1(
                c.unit().getCode(),
                c.unit().getPath(),
                c.asOf(),
                r.required(),
                r.posted(),
                r.compliant(),
                r.complianceRate(),
                r.stalePosted().stream()
                        .map(PostingCompliance.Stale::procedureCode)
                        .toList(),
                r.missing().stream()
                        .map(PostingCompliance.Missing::procedureCode)
                        .toList(),
                r.outdated().stream()
                        .map(PostingCompliance.Outdated::procedureCode)
                        .toList(),
                clock.millis());
        outbox.publish(
                Topics.POSTING,
                c.unit().getCode(),
                PostingComplianceEventV1.CHANGED,
                PostingComplianceEventV1.SCHEMA_VERSION,
                payload);
    }
}
