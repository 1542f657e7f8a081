package vn.cchc.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.domain.ProcedureContent.Duration;
import vn.cchc.procedures.domain.ProcedureContent.InternalStep;

class ProcedureRulesTest {

    static ProcedureContent content(Duration time, Duration statutory, List<InternalStep> steps) {
        return new ProcedureContent(
                "Đăng ký khai sinh",
                "Hộ tịch",
                List.of("COMMUNE"),
                null,
                List.of(),
                List.of(Channel.DIRECT, Channel.ONLINE),
                OnlineLevel.FULL,
                true,
                time,
                statutory,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                true,
                null,
                List.of(),
                steps);
    }

    static Duration wd(String v) {
        return new Duration(new BigDecimal(v), TimeUnit.WORKING_DAYS);
    }

    static InternalStep step(String name, String days) {
        return new InternalStep(name, "TTPVHCC", new BigDecimal(days));
    }

    @Test
    void aCompleteProcedureBreaksNoRule() {
        assertEquals(
                List.of(),
                ProcedureRules.check(content(
                        wd("3"),
                        wd("5"),
                        List.of(
                                step("Tiếp nhận", "0.25"),
                                step("Xử lý", "1.5"),
                                step("Phê duyệt", "1"),
                                step("Trả kết quả", "0.25")))));
    }

    @Test
    void internalStepsMustAddUpToTheProcessingTime() {
        List<ProcedureRules.Violation> v =
                ProcedureRules.check(content(wd("3"), null, List.of(step("Tiếp nhận", "0.25"), step("Xử lý", "1"))));
        assertEquals(1, v.size());
        assertEquals("internalSteps", v.get(0).field());
        assertEquals("sumEqualsProcessingTime", v.get(0).rule());
        assertTrue(v.get(0).message().contains("1.25"), v.get(0).message());
    }

    @Test
    void aStepWithoutABudgetIsNamedByIndex() {
        List<ProcedureRules.Violation> v = ProcedureRules.check(content(
                wd("1"), null, List.of(step("Tiếp nhận", "1"), new InternalStep("Xử lý", null, BigDecimal.ZERO))));
        assertEquals("internalSteps[1].duration", v.get(0).field());
        assertEquals("positive", v.get(0).rule());
    }

    @Test
    void theProvinceMayShortenButNotLengthenTheStatutoryTime() {
        List<ProcedureRules.Violation> v = ProcedureRules.check(content(wd("6"), wd("5"), List.of()));
        assertEquals("notLongerThanStatutory", v.get(0).rule());
        // 16 hours = 2 working days, within a statutory 3 working days
        assertEquals(
                List.of(),
                ProcedureRules.check(content(new Duration(new BigDecimal("16"), TimeUnit.HOURS), wd("3"), List.of())));
    }

    @Test
    void onlineLevelsNeedTheOnlineChannelAndToanTrinhNeedsEligibility() {
        ProcedureContent c = new ProcedureContent(
                "X",
                "Y",
                List.of("COMMUNE"),
                null,
                List.of(),
                List.of(Channel.DIRECT),
                OnlineLevel.FULL,
                false,
                wd("1"),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                true,
                null,
                List.of(),
                List.of());
        List<String> rules = ProcedureRules.check(c).stream()
                .map(ProcedureRules.Violation::rule)
                .toList();
        assertEquals(List.of("requiresOnlineChannel", "requiredForFullOnline"), rules);
    }

    @Test
    void missingFieldsAreAllReportedAtOnce() {
        ProcedureContent c = new ProcedureContent(
                " ",
                null,
                List.of("commune"),
                null,
                List.of(),
                List.of(),
                OnlineLevel.NONE,
                false,
                null,
                null,
                null,
                List.of(new ProcedureContent.Fee("Lệ phí", new BigDecimal("-1"), null)),
                List.of(),
                List.of(),
                null,
                null,
                true,
                null,
                List.of(),
                List.of());
        List<String> fields = ProcedureRules.check(c).stream()
                .map(ProcedureRules.Violation::field)
                .toList();
        assertEquals(List.of("name", "field", "levels[0]", "channels", "processingTime", "fees[0].amount"), fields);
    }

    @Test
    void codesAreOpaqueButBounded() {
        assertEquals(List.of(), ProcedureRules.checkCode("2.000908.000.00.00.H61"));
        assertEquals("format", ProcedureRules.checkCode("1.000 948").get(0).rule());
        assertEquals("required", ProcedureRules.checkCode("").get(0).rule());
        assertEquals("format", ProcedureRules.checkCode("1".repeat(61)).get(0).rule());
    }
}
