package vn.cchc.shared.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload (schema version 1) of {@code UnitChanged} on {@code cchc.units.v1} (compacted, key = unit
 * code). Carries the whole unit as of {@code version}; consumers keep the highest version. {@code path}
 * ('/H99/H99.X01/') lets a consumer answer "is unit B at or below unit A" without the tree.
 */
public record UnitEventV1(
        String code,
        String name,
        /** ADMINISTRATION, AGENCY or ONE_STOP. */
        String kind,
        /** PROVINCE, DISTRICT, COMMUNE, ... (data). */
        String level,
        String parentCode,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode,
        boolean receivesDossiers,
        List<String> fields,
        long version) {

    public static final String CHANGED = "UnitChanged";
    public static final int SCHEMA_VERSION = 1;
}
