package vn.cchc.inspections.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.domain.rules.DossierTally.Counter;
import vn.cchc.inspections.domain.rules.DossierTally.Delta;
import vn.cchc.inspections.domain.rules.DossierTally.Fact;

class DossierTallyTest {

    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 3, 2, 1, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime RESOLVED =
            OffsetDateTime.of(2026, 3, 9, 18, 0, 0, 0, ZoneOffset.UTC); // 10/3 in Vietnam

    private static Fact fact(
            long version, String channel, OffsetDateTime resolvedAt, String classification, boolean digitised) {
        return new Fact(
                "D1",
                version,
                "P.X1.MC",
                "/P/P.X1/P.X1.MC/",
                "P.X1",
                "/P/P.X1/",
                channel,
                RECEIVED,
                resolvedAt,
                classification,
                digitised,
                false,
                null,
                RECEIVED);
    }

    @Test
    void aDecidingUnitWithoutItsPathLeavesTheCountsWithTheReceivingUnitCodeAndPathTogether() {
        // an event that names the deciding unit's code but not its path: never the code of one with the path of the
        // other (the figures of a unit are summed by path prefix)
        Fact half = new Fact(
                "D2",
                1,
                "P.X1.MC",
                "/P/P.X1/P.X1.MC/",
                "P.X1",
                null,
                "DIRECT",
                RECEIVED,
                RESOLVED,
                "ON_TIME",
                false,
                false,
                null,
                RECEIVED);
        assertEquals(new DossierTally.UnitRef("P.X1.MC", "/P/P.X1/P.X1.MC/"), half.resolvedUnit());
        List<Delta> d = DossierTally.apply(new DossierTally.Marks(), half);
        assertEquals(
                new Delta("P.X1.MC", "/P/P.X1/P.X1.MC/", LocalDate.of(2026, 3, 10), Counter.RESOLVED_ON_TIME, 1),
                d.get(d.size() - 1));
        assertEquals(
                new DossierTally.UnitRef("P.X1", "/P/P.X1/"),
                fact(1, "DIRECT", null, null, false).resolvedUnit());
    }

    @Test
    void receivedThenResolvedCountsEachFactOnce() {
        DossierTally.Marks m = new DossierTally.Marks();
        List<Delta> a = DossierTally.apply(m, fact(1, "ONLINE", null, null, false));
        assertEquals(
                List.of(
                        new Delta("P.X1.MC", "/P/P.X1/P.X1.MC/", LocalDate.of(2026, 3, 2), Counter.RECEIVED, 1),
                        new Delta("P.X1.MC", "/P/P.X1/P.X1.MC/", LocalDate.of(2026, 3, 2), Counter.RECEIVED_ONLINE, 1)),
                a);
        List<Delta> b = DossierTally.apply(m, fact(5, "ONLINE", RESOLVED, "LATE", true));
        assertEquals(
                List.of(
                        new Delta("P.X1.MC", "/P/P.X1/P.X1.MC/", LocalDate.of(2026, 3, 2), Counter.DIGITISED, 1),
                        new Delta("P.X1", "/P/P.X1/", LocalDate.of(2026, 3, 10), Counter.RESOLVED_LATE, 1)),
                b);
        // the same facts again (another event of the dossier) change nothing
        assertTrue(
                DossierTally.apply(m, fact(6, "ONLINE", RESOLVED, "LATE", true)).isEmpty());
    }

    @Test
    void aResolvedEventArrivingBeforeTheReceivedOneCountsBothAndTheLateReceivedAddsNothing() {
        DossierTally.Marks m = new DossierTally.Marks();
        List<Delta> a = DossierTally.apply(m, fact(5, "POSTAL", RESOLVED, "ON_TIME", false));
        assertEquals(3, a.size());
        assertEquals(Counter.RECEIVED_POSTAL, a.get(1).counter());
        assertEquals(Counter.RESOLVED_ON_TIME, a.get(2).counter());
        assertTrue(DossierTally.apply(m, fact(1, "POSTAL", null, null, false)).isEmpty());
    }

    @Test
    void aNewerClassificationMovesTheCountAndAnOlderOneIsIgnored() {
        DossierTally.Marks m = new DossierTally.Marks();
        DossierTally.apply(m, fact(5, "DIRECT", RESOLVED, "ON_TIME", false));
        List<Delta> moved = DossierTally.apply(m, fact(7, "DIRECT", RESOLVED, "LATE", false));
        assertEquals(
                List.of(
                        new Delta("P.X1", "/P/P.X1/", LocalDate.of(2026, 3, 10), Counter.RESOLVED_ON_TIME, -1),
                        new Delta("P.X1", "/P/P.X1/", LocalDate.of(2026, 3, 10), Counter.RESOLVED_LATE, 1)),
                moved);
        assertTrue(DossierTally.apply(m, fact(6, "DIRECT", RESOLVED, "ON_TIME", false))
                .isEmpty());
        assertEquals("LATE", m.classification);
    }

    @Test
    void theFirstApologyTimeIsKept() {
        DossierTally.Marks m = new DossierTally.Marks();
        OffsetDateTime t1 = RECEIVED.plusDays(3);
        OffsetDateTime t0 = RECEIVED.plusDays(2);
        DossierTally.apply(
                m,
                new Fact(
                        "D1",
                        3,
                        "P.X1.MC",
                        "/P/P.X1/P.X1.MC/",
                        null,
                        null,
                        "DIRECT",
                        RECEIVED,
                        null,
                        null,
                        false,
                        true,
                        true,
                        t1));
        DossierTally.apply(
                m,
                new Fact(
                        "D1",
                        2,
                        "P.X1.MC",
                        "/P/P.X1/P.X1.MC/",
                        null,
                        null,
                        "DIRECT",
                        RECEIVED,
                        null,
                        null,
                        false,
                        true,
                        null,
                        t0));
        assertEquals(t0, m.apologyAt);
        assertEquals(Boolean.TRUE, m.apologyTimely);
    }

    /** The sum of the deltas per (unit, day, counter): what the day stats hold for the dossier. */
    private static java.util.Map<String, Integer> net(List<Delta> deltas) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        for (Delta d : deltas) {
            out.merge(d.unitCode() + " " + d.day() + " " + d.counter(), d.amount(), Integer::sum);
        }
        out.values().removeIf(v -> v == 0);
        return out;
    }

    @Test
    void anEraseTakesBackEveryCountTheMarksHold() {
        DossierTally.Marks m = new DossierTally.Marks();
        List<Delta> all = new java.util.ArrayList<>();
        all.addAll(DossierTally.apply(m, fact(1, "ONLINE", null, null, true)));
        assertEquals(3, net(all).size(), "received, received online, digitised");
        all.addAll(DossierTally.erase(m, 2));
        assertEquals(java.util.Map.of(), net(all));
        assertTrue(m.erased);
        assertEquals(2, m.lastVersion);
        // a resolved one (cannot be erased by the product, but the rule takes back whatever it counted)
        DossierTally.Marks r = new DossierTally.Marks();
        List<Delta> resolved =
                new java.util.ArrayList<>(DossierTally.apply(r, fact(3, "POSTAL", RESOLVED, "LATE", false)));
        resolved.addAll(DossierTally.erase(r, 4));
        assertEquals(java.util.Map.of(), net(resolved));
    }

    @Test
    void afterAnEraseNoEventCountsTheDossierAgainAndASecondEraseChangesNothing() {
        DossierTally.Marks m = new DossierTally.Marks();
        List<Delta> all = new java.util.ArrayList<>(DossierTally.apply(m, fact(1, "DIRECT", null, null, false)));
        all.addAll(DossierTally.erase(m, 2));
        // the DossierReceived replayed (a rebuild), and a stale DossierOverdue arriving late
        assertEquals(List.of(), DossierTally.apply(m, fact(1, "DIRECT", null, null, false)));
        assertEquals(List.of(), DossierTally.apply(m, fact(5, "DIRECT", RESOLVED, "EARLY", true)));
        assertEquals(List.of(), DossierTally.erase(m, 2));
        assertEquals(java.util.Map.of(), net(all));
    }

    @Test
    void anEraseArrivingFirstLeavesOnlyTheTombstone() {
        // order-independent: DossierErased applied before the DossierReceived of the same dossier
        DossierTally.Marks m = new DossierTally.Marks();
        assertEquals(List.of(), DossierTally.erase(m, 2));
        assertEquals(List.of(), DossierTally.apply(m, fact(1, "ONLINE", null, null, true)));
        assertTrue(m.erased);
    }
}
