package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.inspections.domain.UnitCopy;
import vn.cchc.inspections.repository.UnitCopyRepository;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Keeps the local copy of the unit tree (cchc.units.v1): the highest version of each unit wins. */
@ApplicationScoped
public class UnitService {

    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final Clock clock;

    public UnitService(UnitCopyRepository units, EventCodec codec, Clock clock) {
        this.units = units;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!UnitEventV1.CHANGED.equals(event.type())) {
            return;
        }
        UnitEventV1 u = codec.data(event, UnitEventV1.class);
        UnitCopy copy = units.findById(u.code());
        boolean isNew = copy == null;
        if (isNew) {
            copy = new UnitCopy(u.code());
        }
        boolean changed = copy.apply(u.version(), u.name(), u.kind(), u.level(), u.parentCode(), u.path(), u.validFrom(),
                u.validTo(), OffsetDateTime.now(clock));
        if (isNew && changed) {
            units.persist(copy);
        }
    }
}
