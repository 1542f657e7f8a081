package vn.cchc.procedures.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/** Announces unit changes on the compacted topic {@code cchc.units.v1}, keyed by unit code. */
@ApplicationScoped
public class UnitEvents {

    private final Outbox outbox;

    public UnitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(AdminUnit u) {
        outbox.publish(
                Topics.UNITS,
                u.getCode(),
                UnitEventV1.CHANGED,
                UnitEventV1.SCHEMA_VERSION,
                new UnitEventV1(
                        u.getCode(),
                        u.getName(),
                        u.getKind().name(),
                        u.getLevel(),
                        u.getParentCode(),
                        u.getPath(),
                        u.getValidFrom(),
                        u.getValidTo(),
                        u.getSuccessorCode(),
                        u.isReceivesDossiers(),
                        List.copyOf(u.getFields()),
                        u.getVersion()));
    }
}
