package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** The resources' questions about units, answered from this service's unit copy (read only). */
@ApplicationScoped
public class UnitLookup {

    private final UnitCopyRepository units;

    public UnitLookup(UnitCopyRepository units) {
        this.units = units;
    }

    /** The unit {@code code} names; empty for a missing, over-long or unknown code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitCopy> find(String code) {
        return units.byCode(code);
    }

    /** Whether {@code code} names a province: a known unit at the root of the tree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isProvince(String code) {
        return units.byCode(code)
                .map(u -> ("/" + u.getCode() + "/").equals(u.getPath()))
                .orElse(false);
    }
}
