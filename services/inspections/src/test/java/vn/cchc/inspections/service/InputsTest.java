package vn.cchc.inspections.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.service.InspectionDtos.FigureInput;
import vn.cchc.inspections.service.InspectionDtos.FindingInput;
import vn.cchc.inspections.service.InspectionDtos.InspectionInput;
import vn.cchc.inspections.service.InspectionDtos.PlanInput;
import vn.cchc.inspections.service.InspectionDtos.TeamMemberInput;
import vn.cchc.shared.problem.ProblemException;

/** Bodies are validated after the access check; each violation names the JSON path and the rule. */
class InputsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    private final Inputs inputs = new Inputs(VALIDATOR);

    private static List<String> violations(Runnable r) {
        ProblemException e = assertThrows(ProblemException.class, r::run);
        assertEquals(400, e.status());
        return e.violations().stream().map(v -> v.field() + "/" + v.rule()).toList();
    }

    private static PlanInput plan(
            LocalDate planDate,
            Integer year,
            List<String> groups,
            List<TeamMemberInput> team,
            List<InspectionInput> inspections) {
        return new PlanInput("1/KH", planDate, "UBND", year, null, groups, team, inspections);
    }

    @Test
    void aValidPlanPasses() {
        inputs.check(plan(
                LocalDate.of(2026, 1, 15),
                2026,
                List.of("THE_CHE"),
                null,
                List.of(new InspectionInput(
                        "H99.X01", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), null, null))));
    }

    @Test
    void datesOutside1900To2100AreRefusedNamingTheField() {
        assertEquals(
                List.of("inspections[0].scheduledTo/yearRange", "planDate/yearRange"),
                violations(() -> inputs.check(plan(
                        LocalDate.of(-1, 1, 1),
                        2026,
                        List.of("THE_CHE"),
                        null,
                        List.of(new InspectionInput(
                                "H99.X01", LocalDate.of(2026, 3, 2), LocalDate.of(9999, 3, 3), null, null))))));
        assertEquals(
                List.of("planDate/yearRange"),
                violations(() -> inputs.check(plan(LocalDate.of(2101, 1, 1), 2026, List.of("THE_CHE"), null, null))));
        assertEquals(
                List.of("planDate/yearRange"),
                violations(() -> inputs.check(plan(LocalDate.of(1899, 12, 31), 2026, List.of("THE_CHE"), null, null))));
    }

    @Test
    void listsElementsAndNumbersAreNamedByTheirPath() {
        List<String> tooMany = Collections.nCopies(51, "THE_CHE");
        assertEquals(
                List.of("contentGroups/size", "team[1].role/pattern", "year/max"),
                violations(() -> inputs.check(plan(
                        LocalDate.of(2026, 1, 15),
                        99999,
                        tooMany,
                        List.of(
                                new TeamMemberInput("A", null, "LEADER", null),
                                new TeamMemberInput("B", null, "BOSS", null)),
                        null))));
        List<String> blank = new ArrayList<>(List.of("THE_CHE", " "));
        assertEquals(
                List.of("contentGroups[1]/notBlank", "year/notNull"),
                violations(() -> inputs.check(plan(LocalDate.of(2026, 1, 15), null, blank, null, null))));
        assertEquals(
                List.of("figures[0].asOf/yearRange", "figures[0].value/decimalMax", "figures[0].value/digits"),
                violations(() -> inputs.check(new FindingInput(
                        "WEAKNESS",
                        "THE_CHE",
                        null,
                        "x",
                        List.of(new FigureInput(
                                "k",
                                "l",
                                new BigDecimal("1e16"),
                                null,
                                null,
                                OffsetDateTime.parse("9999-12-31T03:00:00Z"),
                                null)),
                        null))));
    }

    @Test
    void aListBodyIsBoundedAndEachElementNamed() {
        assertEquals(
                List.of("[1].name/notBlank", "[2]/notNull"),
                violations(() -> inputs.checkAll(
                        java.util.Arrays.asList(
                                new TeamMemberInput("A", null, "MEMBER", null),
                                new TeamMemberInput(" ", null, "MEMBER", null),
                                null),
                        100)));
        assertEquals(
                List.of("body/size"),
                violations(() -> inputs.checkAll(
                        Collections.nCopies(101, new TeamMemberInput("A", null, "MEMBER", null)), 100)));
        assertEquals(List.of("body/required"), violations(() -> inputs.check(null)));
    }
}
