package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.VersionInForce.Lookup;
import vn.cchc.dossiers.domain.VersionInForce.Span;

/** The version a dossier uses is the one in force on its day of receipt (docs/domain/procedure-versions.md §1). */
class VersionInForceTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Span span(int version, String from, String to) {
        return new Span(version, from == null ? null : d(from), to == null ? null : d(to));
    }

    /** Version 1 from 1/1/2021; an amendment (version 2) decided earlier takes effect on 1/7/2026. */
    private static final List<Span> AMENDED = List.of(span(1, "2021-01-01", "2026-06-30"), span(2, "2026-07-01", null));

    private static Integer version(String day, String state, String abolishedOn, List<Span> versions) {
        return VersionInForce.on(d(day), state, abolishedOn == null ? null : d(abolishedOn), versions)
                .version();
    }

    private static String reason(String day, String state, String abolishedOn, List<Span> versions) {
        Lookup l = VersionInForce.on(d(day), state, abolishedOn == null ? null : d(abolishedOn), versions);
        assertNull(l.version(), "no version expected on " + day);
        return l.reason();
    }

    @Test
    void beforeOnAndAfterTheEffectiveDateOfAnAmendment() {
        assertEquals(1, version("2026-06-30", "AMENDED", null, AMENDED), "the day before: the old version");
        assertEquals(2, version("2026-07-01", "AMENDED", null, AMENDED), "on the effective date: the amendment");
        assertEquals(2, version("2027-03-15", "AMENDED", null, AMENDED), "after it");
        assertEquals(1, version("2021-01-01", "AMENDED", null, AMENDED), "the first day of version 1");
        // the order in which the versions are listed does not matter
        assertEquals(1, version("2026-06-30", "AMENDED", null, List.of(AMENDED.get(1), AMENDED.get(0))));
    }

    @Test
    void beforeTheFirstVersionNothingIsInForce() {
        assertTrue(reason("2020-12-31", "AMENDED", null, AMENDED).contains("not in force before 2021-01-01"));
        List<Span> future = List.of(span(1, "2026-06-01", null));
        assertTrue(reason("2026-05-31", "IN_FORCE", null, future)
                .contains("not in force before 2026-06-01 (received on 2026-05-31)"));
        assertEquals(1, version("2026-06-01", "IN_FORCE", null, future));
    }

    @Test
    void anAbolishedProcedureHasNoVersionFromItsAbolition() {
        List<Span> closed = List.of(span(1, "2024-01-01", "2025-06-30"));
        assertEquals(
                1, version("2025-06-30", "ABOLISHED", "2025-07-01", closed), "a dossier from before the abolition");
        assertTrue(reason("2025-07-01", "ABOLISHED", "2025-07-01", closed).contains("abolished on 2025-07-01"));
        // even when the event that closed the last version is missing, the abolition date ends it
        assertTrue(reason("2025-08-01", "ABOLISHED", "2025-07-01", List.of(span(1, "2024-01-01", null)))
                .contains("abolished on 2025-07-01"));
        assertTrue(reason("2025-08-01", "ABOLISHED", null, closed).contains("is abolished"));
    }

    @Test
    void aGapBetweenVersionsIsNoVersion() {
        List<Span> gap = List.of(span(1, "2021-01-01", "2025-12-31"), span(2, "2026-03-01", null));
        assertEquals(1, version("2025-12-31", "AMENDED", null, gap));
        String why = reason("2026-01-15", "AMENDED", null, gap);
        assertTrue(why.contains("no version in force on 2026-01-15"), why);
        assertTrue(
                why.contains("version 1 ended on 2025-12-31") && why.contains("version 2 starts on 2026-03-01"), why);
        assertEquals(2, version("2026-03-01", "AMENDED", null, gap));
    }

    @Test
    void aLaterVersionReplacesAnEarlierOneEvenIfTheEarlierWasNeverClosedHere() {
        // a copy that received the amendment but not the closing of version 1 (events from before validity was sent)
        List<Span> open = List.of(span(1, "2021-01-01", null), span(2, "2026-07-01", null));
        assertEquals(1, version("2026-06-30", "AMENDED", null, open));
        assertEquals(2, version("2026-07-01", "AMENDED", null, open));
        // two versions starting the same day: the higher one
        assertEquals(
                3,
                version(
                        "2026-07-01",
                        "AMENDED",
                        null,
                        List.of(span(2, "2026-07-01", null), span(3, "2026-07-01", null))));
    }

    @Test
    void aCopyThatNeverSawVersionOneUsesItsEarliestVersionBeforeIt() {
        // only version 2 known (fed by events without the version list): the earlier versions existed, content unknown
        assertEquals(2, version("2026-01-15", "AMENDED", null, List.of(span(2, "2026-07-01", null))));
        // a version 1 without a known start (a copy made before validity was sent) is in force from the start
        assertEquals(1, version("2001-01-01", "IN_FORCE", null, List.of(span(1, null, null))));
    }

    @Test
    void draftsAndUnknownVersionsAreNotInForce() {
        assertTrue(reason("2026-07-01", "DRAFT", null, List.of()).contains("draft"));
        assertTrue(reason("2026-07-01", "IN_FORCE", null, List.of()).contains("no published version"));
    }
}
