package vn.cchc.shared.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;

/**
 * Applies {@code cchc.units.v1} to the service's {@code unit_copy}: the one implementation every consuming service
 * hands its {@code @Incoming} records to, through {@code EventConsumer.consume(name, json, projection::apply)} (so each
 * event is applied once, in the inbox's transaction). The highest version of each unit wins; other event types are
 * skipped; an event without code, name or path is poison (dead-letter topic).
 */
@ApplicationScoped
public class UnitCopyProjection {

    private static final Logger LOG = Logger.getLogger(UnitCopyProjection.class);

    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final Clock clock;

    public UnitCopyProjection(UnitCopyRepository units, EventCodec codec, Clock clock) {
        this.units = units;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!UnitEventV1.CHANGED.equals(event.type())) {
            LOG.debugf("ignoring event type %s", event.type());
            return;
        }
        UnitEventV1 u = codec.data(event, UnitEventV1.class);
        if (u == null
                || u.code() == null
                || u.code().isBlank()
                || u.code().length() > UnitCopyRepository.MAX_CODE_LENGTH
                || u.name() == null
                || u.path() == null) {
            throw new MalformedEventException("UnitChanged " + event.id() + " lacks code, name or path", null);
        }
        UnitCopy copy = units.findById(u.code());
        boolean isNew = copy == null;
        if (isNew) {
            copy = new UnitCopy(u.code());
        }
        boolean changed = copy.apply(u, OffsetDateTime.now(clock));
        if (isNew && changed) {
            units.persist(copy);
        }
    }
}
