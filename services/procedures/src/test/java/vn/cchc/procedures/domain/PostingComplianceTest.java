package vn.cchc.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.domain.PostingCompliance.Posted;
import vn.cchc.procedures.domain.PostingCompliance.Required;

class PostingComplianceTest {

    static Map<String, Required> required(Required... rs) {
        Map<String, Required> map = new LinkedHashMap<>();
        for (Required r : rs) {
            map.put(r.code(), r);
        }
        return map;
    }

    @Test
    void findsExpiredStillPostedMissingAndOutdated() {
        var result = PostingCompliance.evaluate(
                required(
                        new Required("A", "Khai sinh", 1),
                        new Required("B", "Kết hôn", 1),
                        new Required("C", "Khai tử", 2)),
                List.of(
                        new Posted("A", "Khai sinh", 1, ProcedureState.IN_FORCE, 1),
                        new Posted("C", "Khai tử", 1, ProcedureState.AMENDED, 2),
                        new Posted("Z", "Bãi bỏ", 1, ProcedureState.ABOLISHED, 0)));
        assertEquals(3, result.required());
        assertEquals(3, result.posted());
        assertEquals(1, result.compliant());
        assertEquals(new BigDecimal("33.33"), result.complianceRate());
        assertEquals(
                List.of("Z"),
                result.stalePosted().stream()
                        .map(PostingCompliance.Stale::procedureCode)
                        .toList());
        assertEquals(ProcedureState.ABOLISHED, result.stalePosted().get(0).state());
        assertEquals(
                List.of("B"),
                result.missing().stream()
                        .map(PostingCompliance.Missing::procedureCode)
                        .toList());
        assertEquals(
                List.of("C"),
                result.outdated().stream()
                        .map(PostingCompliance.Outdated::procedureCode)
                        .toList());
        assertEquals(2, result.outdated().get(0).versionInForce());
    }

    @Test
    void nothingRequiredIsFullyCompliantAndExtraPostingsInForceAreNotFindings() {
        var result = PostingCompliance.evaluate(
                required(), List.of(new Posted("A", "Khai sinh", 1, ProcedureState.IN_FORCE, 1)));
        assertEquals(new BigDecimal("100.00"), result.complianceRate());
        assertEquals(
                0,
                result.stalePosted().size()
                        + result.missing().size()
                        + result.outdated().size());
    }

    @Test
    void theFingerprintChangesWithTheFindingsOnly() {
        var a = PostingCompliance.evaluate(required(new Required("A", "x", 1)), List.of());
        var b = PostingCompliance.evaluate(required(new Required("A", "y", 1)), List.of());
        var c = PostingCompliance.evaluate(
                required(new Required("A", "x", 1)), List.of(new Posted("A", "x", 1, ProcedureState.IN_FORCE, 1)));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), c.fingerprint());
    }

    @Test
    void requirementFollowsReceivingPointsThenLevelAndFields() {
        assertEquals(
                true,
                PostingRequirement.mustPost("H.TT", "PROVINCE", List.of(), "Tư pháp", List.of("PROVINCE"), List.of()));
        assertEquals(
                false,
                PostingRequirement.mustPost("H.TT", "PROVINCE", List.of(), "Tư pháp", List.of("COMMUNE"), List.of()));
        assertEquals(
                false,
                PostingRequirement.mustPost(
                        "H.TT", "PROVINCE", List.of(), "Tư pháp", List.of("PROVINCE"), List.of("H.OTHER")));
        assertEquals(
                true,
                PostingRequirement.mustPost(
                        "H.X1", "COMMUNE", List.of(), "Y tế", List.of("PROVINCE"), List.of("H.X1")));
        assertEquals(
                false,
                PostingRequirement.mustPost(
                        "H.X1", "COMMUNE", List.of("Hộ tịch"), "Đất đai", List.of("COMMUNE"), List.of()));
        assertEquals(
                true,
                PostingRequirement.mustPost(
                        "H.X1", "COMMUNE", List.of("Hộ tịch"), "Hộ tịch", List.of("COMMUNE"), List.of()));
    }
}
