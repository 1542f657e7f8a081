package vn.cchc.dossiers.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history of a dossier imported from an older system, rebuilt from the times that system gives: after the receipt
 * (written when the dossier is created, at its receipt time), the apology letter at its issue time, the result at the
 * resolution time, the return at the return time, or the refusal / withdrawal / stop at the time it ended. Each step
 * carries the ORIGINAL time; the import time is kept as the step's recording time and as the closing
 * {@link HistoryActions#IMPORT} marker, which leads from the rebuilt status to the imported one (a dossier still being
 * processed moved to PROCESSING at a time the older system does not give). See
 * {@code docs/domain/dossier-history.md §2}.
 */
public final class ImportedHistory {

    /** One step: when it happened, the history code, the status before and after. */
    public record Step(OffsetDateTime at, String action, DossierStatus from, DossierStatus to) {}

    private ImportedHistory() {}

    /**
     * The steps after the receipt, oldest first, and last the import marker at {@code importedAt}.
     *
     * @param finalStatus the status the older system reports (RECEIVED, PROCESSING, RESOLVED, RETURNED, REFUSED,
     *                    WITHDRAWN or STOPPED)
     * @param endedAt     the resolution time (RESOLVED, RETURNED) or the time it ended (REFUSED, WITHDRAWN, STOPPED)
     * @param returnedAt  the return time (RETURNED)
     * @param apologyAt   the issue time of the apology letter, if any
     */
    public static List<Step> steps(
            DossierStatus finalStatus,
            OffsetDateTime endedAt,
            OffsetDateTime returnedAt,
            OffsetDateTime apologyAt,
            OffsetDateTime importedAt) {
        List<Event> events = new ArrayList<>();
        if (apologyAt != null) {
            events.add(new Event(apologyAt, DossierAction.APOLOGY.slug(), null, 0));
        }
        switch (finalStatus) {
            case RESOLVED, RETURNED -> {
                if (endedAt != null) {
                    events.add(new Event(endedAt, DossierAction.RESOLVE.slug(), DossierStatus.RESOLVED, 1));
                }
                if (finalStatus == DossierStatus.RETURNED && returnedAt != null) {
                    events.add(new Event(returnedAt, DossierAction.RETURN.slug(), DossierStatus.RETURNED, 2));
                }
            }
            case REFUSED -> addEnd(events, endedAt, DossierAction.REFUSE, finalStatus);
            case WITHDRAWN -> addEnd(events, endedAt, DossierAction.WITHDRAW, finalStatus);
            case STOPPED -> addEnd(events, endedAt, DossierAction.STOP, finalStatus);
            default -> {}
        }
        // by time; at the same instant in the order of the lifecycle (apology, result, return)
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        List<Step> steps = new ArrayList<>();
        DossierStatus status = DossierStatus.RECEIVED;
        for (Event e : events) {
            DossierStatus to = e.to() == null ? status : e.to();
            steps.add(new Step(e.at(), e.action(), status, to));
            status = to;
        }
        steps.add(new Step(importedAt, HistoryActions.IMPORT, status, finalStatus));
        return steps;
    }

    /** A step as the older system gives it: {@code to} null keeps the status; {@code order} breaks ties of time. */
    private record Event(OffsetDateTime at, String action, DossierStatus to, int order) {}

    private static void addEnd(List<Event> events, OffsetDateTime at, DossierAction action, DossierStatus to) {
        if (at != null) {
            events.add(new Event(at, action.slug(), to, 1));
        }
    }
}
