package vn.cchc.dossiers.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.cchc.dossiers.domain.ReportingPeriod;
import vn.cchc.dossiers.domain.ServiceIndex766;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;
import vn.cchc.shared.text.Hashes;
import vn.cchc.shared.units.UnitCopy;

/**
 * Announces the QĐ 766 index of a unit and period on {@code cchc.service-index.v1} (compacted, key
 * {@code <unit>:<period>}) through the outbox: par-index shows it, it does not compute it.
 */
@ApplicationScoped
public class ServiceIndexEvents {

    private final Outbox outbox;
    private final EventCodec codec;

    public ServiceIndexEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** The payload of a result (sequence and time left for {@link #publish}). */
    public static ServiceIndex766EventV1 payload(
            UnitCopy unit, ReportingPeriod period, ServiceIndex766.Result r, long sequence, OffsetDateTime computedAt) {
        return new ServiceIndex766EventV1(
                unit.getCode(),
                unit.getPath(),
                period.label(),
                period.from(),
                period.to(),
                r.points(),
                r.computableMax(),
                r.maxPoints(),
                r.groups().stream()
                        .map(g -> new ServiceIndex766EventV1.Group(
                                g.id(),
                                g.name(),
                                g.maxPoints(),
                                g.computablePoints(),
                                g.computableMax(),
                                g.indicators().stream()
                                        .map(i -> new ServiceIndex766EventV1.Indicator(
                                                i.id(),
                                                i.name(),
                                                i.state().name(),
                                                i.numerator(),
                                                i.denominator(),
                                                i.ratio(),
                                                i.maxPoints(),
                                                i.points(),
                                                i.rule()))
                                        .toList()))
                        .toList(),
                sequence,
                computedAt);
    }

    /** A digest of the figures only (not the sequence nor the time): equal figures, equal fingerprint. */
    public String fingerprint(UnitCopy unit, ReportingPeriod period, ServiceIndex766.Result r) {
        return Hashes.sha256Hex(
                codec.mapper().valueToTree(payload(unit, period, r, 0, null)).toString());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceIndex766EventV1 publish(
            UnitCopy unit, ReportingPeriod period, ServiceIndex766.Result r, long sequence, OffsetDateTime now) {
        ServiceIndex766EventV1 e = payload(unit, period, r, sequence, now);
        outbox.publish(
                Topics.SERVICE_INDEX,
                e.key(),
                ServiceIndex766EventV1.COMPUTED,
                ServiceIndex766EventV1.SCHEMA_VERSION,
                e);
        return e;
    }
}
