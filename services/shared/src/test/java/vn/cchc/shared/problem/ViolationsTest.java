package vn.cchc.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void keepsTheFirstThousandAndCountsAll() {
        Violations violations = new Violations();
        for (int i = 0; i < 774_000; i++) {
            violations.add("rows[" + i + "].code", "required", "bắt buộc");
        }
        assertEquals(774_000, violations.total());
        assertEquals(Violations.MAX_KEPT, violations.list().size());
        ProblemException e = assertThrows(ProblemException.class, violations::throwIfAny);
        assertEquals(400, e.status());
        assertEquals(Violations.MAX_KEPT, e.violations().size());
        assertTrue(e.getMessage().contains("774000 violations in all"), e.getMessage());
        assertTrue(
                e.getMessage().length() < 2_000,
                "the detail names ten, not all: " + e.getMessage().length());
    }

    @Test
    void aLongListGivenDirectlyIsCutToo() {
        List<Problem.Violation> many = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(new Problem.Violation("rows[" + i + "]", "r", "m"));
        }
        ProblemException e = ProblemException.invalid(many);
        assertEquals(Violations.MAX_KEPT, e.violations().size());
        assertTrue(e.getMessage().contains("50000 violations in all (the first 1000 are listed)"), e.getMessage());
    }

    @Test
    void nothingToReportThrowsNothing() {
        new Violations().throwIfAny();
        ProblemException one = ProblemException.invalid(List.of(new Problem.Violation("name", "required", "bắt buộc")));
        assertEquals("name: bắt buộc", one.getMessage());
    }
}
