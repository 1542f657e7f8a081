package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.ServiceIndex766.Indicator;
import vn.cchc.dossiers.domain.ServiceIndex766.Inputs;
import vn.cchc.dossiers.domain.ServiceIndex766.Result;
import vn.cchc.dossiers.domain.ServiceIndex766.State;

/**
 * Every computable QĐ 766 indicator (docs/domain/qd766.md) with data where the naive formulas the platform used
 * before give other numbers: 4.1 counted every resolution as an e-result, 4.2 took min(digitised, e-result) over the
 * received dossiers, 2.1 left refused/withdrawn/stopped-on-time dossiers out of the numerator (dossiers' copy) or out
 * of the denominator (par-index's copy).
 */
class ServiceIndex766Test {

    /**
     * 2 carried over + 18 received = 20 dossiers of the period. Ended: 10 resolved (6 early or on time, 4 late),
     * 2 refused/withdrawn at or before their due time, 1 stopped after it; open at the end: 4 within the deadline,
     * 3 past due. Of the 10 resolved, 6 have an e-result, 6 are digitised, only 3 both. 1 rating "not satisfied".
     * 5 of the 18 were received online.
     */
    static final Inputs PERIOD = new Inputs(2, 18, 5, 6, 2, 4, 10, 6, 3, 1);

    @Test
    void indicator21CountsEveryDossierThatEndedOrIsOpenWithinItsDueTimeOverCarriedOverPlusReceived() {
        Indicator i = ServiceIndex766.compute(PERIOD).indicator("2.1");
        // (6 resolved on time + 2 ended on time + 4 open within) / (2 + 18); dossiers' old copy: 10/20, par-index's:
        // 10/17
        assertEquals(12L, i.numerator());
        assertEquals(20L, i.denominator());
        assertEquals(new BigDecimal("0.6000"), i.ratio());
        assertEquals(new BigDecimal("12.00"), i.points()); // 20 × 0.6, proportional
        assertEquals(new BigDecimal("20.00"), i.maxPoints());
        assertEquals(State.COMPUTED, i.state());
    }

    @Test
    void indicator33IsOnlineOverReceivedAndCarriesNoPointsOfItsOwn() {
        Indicator i = ServiceIndex766.compute(PERIOD).indicator("3.3");
        assertEquals(5L, i.numerator());
        assertEquals(18L, i.denominator());
        assertEquals(new BigDecimal("0.2778"), i.ratio());
        assertNull(i.points());
        assertNull(i.maxPoints());
    }

    @Test
    void indicator41CountsOnlyDeclaredElectronicResultsOverResolved() {
        Indicator i = ServiceIndex766.compute(PERIOD).indicator("4.1");
        // 6 of 10, not 10 of 10 as when every resolution set the e-result
        assertEquals(6L, i.numerator());
        assertEquals(10L, i.denominator());
        assertEquals(new BigDecimal("3.60"), i.points()); // 6 × 0.6
    }

    @Test
    void indicator42CountsDossiersWithBothFactsNotTheSmallerOfTwoCounts() {
        Indicator i = ServiceIndex766.compute(PERIOD).indicator("4.2");
        // 3 dossiers have both; min(6 digitised, 6 e-result) would say 6
        assertEquals(3L, i.numerator());
        assertEquals(20L, i.denominator());
        assertEquals(new BigDecimal("0.1500"), i.ratio());
        assertEquals(new BigDecimal("0.75"), i.points()); // 0.15 / 0.8 × 4
        // from 80 % on, full points
        Indicator full = ServiceIndex766.compute(new Inputs(0, 10, 0, 10, 0, 0, 10, 9, 8, 0))
                .indicator("4.2");
        assertEquals(new BigDecimal("4.00"), full.points());
    }

    @Test
    void indicator54IsHundredPercentMinusLateAndDissatisfiedRatesWithFullPointsFromNinety() {
        Indicator i = ServiceIndex766.compute(PERIOD).indicator("5.4");
        // late = 4 resolved late + 1 stopped after due + 3 open past due = 8 (= 20 − 12 on time); 1 dissatisfied
        // 100 % − (8/20 + 1/20) = 55 % < 90 % → 0.55 / 0.9 × 6 = 3.67
        assertEquals(11L, i.numerator());
        assertEquals(20L, i.denominator());
        assertEquals(new BigDecimal("0.5500"), i.ratio());
        assertEquals(new BigDecimal("3.67"), i.points());
        // 100 % − (1/20 + 1/20) = 90 % → full 6
        Indicator full = ServiceIndex766.compute(new Inputs(0, 20, 0, 19, 0, 0, 20, 0, 0, 1))
                .indicator("5.4");
        assertEquals(new BigDecimal("0.9000"), full.ratio());
        assertEquals(new BigDecimal("6.00"), full.points());
    }

    @Test
    void groupsAndTotalAddTheComputablePointsAndMaxima() {
        Result r = ServiceIndex766.compute(PERIOD);
        assertEquals(
                List.of("1", "2", "3", "3b", "4", "5"),
                r.groups().stream().map(ServiceIndex766.Group::id).toList());
        assertEquals(
                List.of("18.00", "20.00", "12.00", "10.00", "22.00", "18.00"),
                r.groups().stream().map(g -> g.maxPoints().toPlainString()).toList());
        assertEquals(new BigDecimal("100.00"), r.maxPoints());
        // group 4: 3.60 + 0.75 of 6 + 4; group 2: 12 of 20; group 5: 3.67 of 6; groups 1, 3, 3b: nothing computable
        assertEquals(new BigDecimal("4.35"), r.groups().get(4).computablePoints());
        assertEquals(new BigDecimal("10.00"), r.groups().get(4).computableMax());
        assertEquals(new BigDecimal("12.00"), r.groups().get(1).computablePoints());
        assertEquals(new BigDecimal("3.67"), r.groups().get(5).computablePoints());
        assertEquals(new BigDecimal("6.00"), r.groups().get(5).computableMax());
        assertEquals(new BigDecimal("0.00"), r.groups().get(0).computableMax());
        assertEquals(new BigDecimal("0.00"), r.groups().get(2).computableMax());
        assertEquals(new BigDecimal("20.02"), r.points()); // 12 + 4.35 + 3.67
        assertEquals(new BigDecimal("36.00"), r.computableMax()); // 20 + 10 + 6
        // the maxima of each group's indicators add up to the group's maximum where they are known
        for (String g : List.of("1", "3b", "4", "5")) {
            var group = r.groups().stream()
                    .filter(x -> x.id().equals(g))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    group.maxPoints(),
                    group.indicators().stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add),
                    "group " + g);
        }
    }

    @Test
    void whatTheDossiersCannotSupportIsNotComputableWithItsReason() {
        Result r = ServiceIndex766.compute(PERIOD);
        for (String id : List.of("1.1", "1.2", "1.3", "1.4", "2.2", "3.1", "3.2", "3.5", "3.6", "4.x", "5.2", "5.3")) {
            Indicator i = r.indicator(id);
            assertEquals(State.NOT_COMPUTABLE, i.state(), id);
            assertNull(i.points(), id);
            assertTrue(i.rule().startsWith("không tính được: "), id);
        }
        // 1.3 is the catalogue's completeness (a–g), not the posting compliance par-index used to put in its place
        assertTrue(r.indicator("1.3").rule().contains("a–g"));
    }

    @Test
    void aPeriodWithoutDossiersHasNoDataInsteadOfZeroPoints() {
        Result r = ServiceIndex766.compute(new Inputs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        for (String id : List.of("2.1", "3.3", "4.1", "4.2", "5.4")) {
            assertEquals(State.NO_DATA, r.indicator(id).state(), id);
            assertNull(r.indicator(id).ratio(), id);
        }
        assertEquals(new BigDecimal("0.00"), r.computableMax());
        assertEquals(0, r.points().signum());
    }
}
