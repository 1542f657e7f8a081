package vn.cchc.shared.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload (schema version 1) of {@code PostingComplianceChanged} on {@code cchc.posting.v1}, key = unit
 * code of the receiving point: the niêm yết result as of {@code asOf}, written when it changed. The
 * latest event of a unit is its current state; {@code sequence} orders them.
 */
public record PostingComplianceEventV1(
        String unitCode,
        String unitPath,
        LocalDate asOf,
        int required,
        int posted,
        int compliant,
        BigDecimal complianceRate,
        /** Posted but expired or abolished. */
        List<String> stalePosted,
        /** In force but not posted. */
        List<String> missing,
        /** Posted in a version older than the one in force. */
        List<String> outdated,
        long sequence) {

    public static final String CHANGED = "PostingComplianceChanged";
    public static final int SCHEMA_VERSION = 1;
}
