package vn.cchc.parindex.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/** Announces assessment changes on {@code cchc.par-index.v1} (key = assessment id) through the outbox. */
@ApplicationScoped
public class ParIndexEvents {

    private final Outbox outbox;

    public ParIndexEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(
            String type,
            Assessment a,
            String setCode,
            List<ParIndexEventV1.CriterionClaim> withoutEvidence,
            CriteriaTree.Result result,
            String actor,
            OffsetDateTime now) {
        ParIndexEventV1 payload = new ParIndexEventV1(
                a.getId(),
                a.getVersion(),
                setCode,
                a.getYear(),
                a.getLevel(),
                a.getUnitCode(),
                a.getUnitPath(),
                a.getStatus().name(),
                withoutEvidence == null ? List.of() : withoutEvidence,
                result == null ? null : result.points(),
                result == null ? null : result.maxPoints(),
                result == null ? null : result.percent(),
                result == null || result.group() == null ? null : result.group().name(),
                result == null
                        ? List.of()
                        : result.fields().stream()
                                .map(f -> new ParIndexEventV1.FieldResult(
                                        f.code(), f.name(), f.points(), f.maxPoints(), f.percent()))
                                .toList(),
                actor,
                now);
        outbox.publish(Topics.PAR_INDEX, String.valueOf(a.getId()), type, ParIndexEventV1.SCHEMA_VERSION, payload);
    }
}
