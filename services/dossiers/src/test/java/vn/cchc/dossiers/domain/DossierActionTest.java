package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every transition of the lifecycle, allowed and refused, against the table in the service README. */
class DossierActionTest {

    static final Map<DossierAction, Set<DossierStatus>> ALLOWED = Map.ofEntries(
            Map.entry(DossierAction.ACCEPT, EnumSet.of(DossierStatus.REGISTERED)),
            Map.entry(DossierAction.REFUSE, EnumSet.of(DossierStatus.REGISTERED, DossierStatus.RECEIVED)),
            Map.entry(DossierAction.START, EnumSet.of(DossierStatus.RECEIVED)),
            Map.entry(DossierAction.HANDOVER, EnumSet.of(DossierStatus.PROCESSING)),
            Map.entry(DossierAction.REQUEST_SUPPLEMENT, EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING)),
            Map.entry(DossierAction.SUPPLEMENT_RECEIVED, EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED)),
            Map.entry(DossierAction.REQUEST_FINANCIAL, EnumSet.of(DossierStatus.PROCESSING)),
            Map.entry(DossierAction.FINANCIAL_FULFILLED, EnumSet.of(DossierStatus.FINANCIAL_OBLIGATION)),
            Map.entry(
                    DossierAction.WITHDRAW,
                    EnumSet.of(
                            DossierStatus.REGISTERED,
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.FINANCIAL_OBLIGATION)),
            Map.entry(
                    DossierAction.STOP,
                    EnumSet.of(
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.FINANCIAL_OBLIGATION)),
            Map.entry(DossierAction.RESOLVE, EnumSet.of(DossierStatus.PROCESSING)),
            Map.entry(DossierAction.RETURN, EnumSet.of(DossierStatus.RESOLVED)),
            Map.entry(
                    DossierAction.APOLOGY,
                    EnumSet.of(
                            DossierStatus.RECEIVED,
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.FINANCIAL_OBLIGATION)));

    @Test
    void everyActionIsAllowedFromExactlyItsStatuses() {
        assertEquals(DossierAction.values().length, ALLOWED.size());
        for (DossierAction a : DossierAction.values()) {
            for (DossierStatus s : DossierStatus.values()) {
                assertEquals(ALLOWED.get(a).contains(s), a.allowedFrom(s), a + " from " + s);
            }
        }
    }

    @Test
    void targetsFollowTheNationalStatusCodes() {
        assertEquals(2, DossierAction.ACCEPT.target(DossierStatus.REGISTERED).code());
        assertEquals(3, DossierAction.REFUSE.target(DossierStatus.RECEIVED).code());
        assertEquals(4, DossierAction.START.target(DossierStatus.RECEIVED).code());
        assertEquals(
                5,
                DossierAction.REQUEST_SUPPLEMENT
                        .target(DossierStatus.PROCESSING)
                        .code());
        assertEquals(
                6,
                DossierAction.REQUEST_FINANCIAL.target(DossierStatus.PROCESSING).code());
        assertEquals(7, DossierAction.WITHDRAW.target(DossierStatus.PROCESSING).code());
        assertEquals(8, DossierAction.STOP.target(DossierStatus.PROCESSING).code());
        assertEquals(9, DossierAction.RESOLVE.target(DossierStatus.PROCESSING).code());
        assertEquals(10, DossierAction.RETURN.target(DossierStatus.RESOLVED).code());
        // hand-overs and apologies keep the status
        assertEquals(DossierStatus.PROCESSING, DossierAction.HANDOVER.target(DossierStatus.PROCESSING));
        assertEquals(
                DossierStatus.SUPPLEMENT_REQUESTED, DossierAction.APOLOGY.target(DossierStatus.SUPPLEMENT_REQUESTED));
    }

    @Test
    void onlyLeadersApologiseAndOnlyOfficersReceiveAndReturn() {
        assertEquals(Set.of("leader"), DossierAction.APOLOGY.roles());
        assertEquals(Set.of("officer"), DossierAction.RETURN.roles());
        assertEquals(Set.of("specialist", "leader"), DossierAction.RESOLVE.roles());
        assertEquals(DossierAction.REQUEST_SUPPLEMENT, DossierAction.fromSlug("request-supplement"));
        assertNull(DossierAction.fromSlug("approve-everything"));
    }

    @Test
    void pausedAndOpenStatuses() {
        assertEquals(
                EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION),
                EnumSet.copyOf(java.util.Arrays.stream(DossierStatus.values())
                        .filter(DossierStatus::isPaused)
                        .toList()));
        assertEquals(
                EnumSet.of(
                        DossierStatus.RECEIVED,
                        DossierStatus.PROCESSING,
                        DossierStatus.SUPPLEMENT_REQUESTED,
                        DossierStatus.FINANCIAL_OBLIGATION),
                EnumSet.copyOf(java.util.Arrays.stream(DossierStatus.values())
                        .filter(DossierStatus::isOpen)
                        .toList()));
    }
}
