package vn.cchc.dossiers.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a procedure applies to a dossier: the one in force on the day of receipt (Vietnam date of
 * {@code receivedAt}), never simply the newest (docs/domain/procedure-versions.md §1, §2). The one place this rule
 * is written; intake, the due-date preview, the integration API and the historical import all ask it.
 */
public final class VersionInForce {

    private VersionInForce() {}

    /**
     * The validity of one version as the catalogue announced it.
     *
     * @param version   the content version (1, 2, …)
     * @param validFrom first day in force (the effective date of the decision that published it); null only for copies
     *                  made before the events carried validity: in force from the start
     * @param validTo   last day in force, inclusive (the day before the next version's effective date); null = open
     */
    public record Span(int version, LocalDate validFrom, LocalDate validTo) {

        boolean startsOnOrBefore(LocalDate day) {
            return validFrom == null || !validFrom.isAfter(day);
        }

        boolean covers(LocalDate day) {
            return startsOnOrBefore(day) && (validTo == null || !validTo.isBefore(day));
        }
    }

    /** The version to use, or why there is none ({@code reason} reads after the procedure code). */
    public record Lookup(Integer version, String reason) {

        static Lookup of(int version) {
            return new Lookup(version, null);
        }

        static Lookup none(String reason) {
            return new Lookup(null, reason);
        }

        public boolean found() {
            return version != null;
        }
    }

    /**
     * The version in force on {@code day}.
     * <ol>
     * <li>A procedure abolished on or before {@code day} has none ("was abolished on …"; without a date: "is
     * abolished").</li>
     * <li>Otherwise the version with the latest start on or before {@code day} (the highest version on a tie): a later
     * version replaces the earlier ones from its effective date, even where an event closing the earlier one is missing.
     * If that version ended before {@code day} (validTo), no version was in force: a gap.</li>
     * <li>A day before the first known version: none ("is not in force before …"), unless the first known version is
     * not version 1: the copy was fed only events from before validity was announced and the earlier versions' content
     * is unknown here, so the earliest known version is used (the behaviour of those copies before versions).</li>
     * </ol>
     *
     * @param state       the procedure's state from its newest event (DRAFT, IN_FORCE, AMENDED, ABOLISHED)
     * @param abolishedOn first day the procedure no longer exists, or null
     * @param versions    the published versions known here, any order
     */
    public static Lookup on(LocalDate day, String state, LocalDate abolishedOn, List<Span> versions) {
        if (abolishedOn != null && !day.isBefore(abolishedOn)) {
            return Lookup.none("was abolished on " + abolishedOn);
        }
        if ("ABOLISHED".equals(state) && abolishedOn == null) {
            return Lookup.none("is abolished");
        }
        if (versions.isEmpty()) {
            return Lookup.none(
                    "DRAFT".equals(state) ? "is a draft, not in force" : "has no published version known here");
        }
        Comparator<Span> byStart = Comparator.comparing(
                        (Span s) -> s.validFrom() == null ? LocalDate.MIN : s.validFrom())
                .thenComparingInt(Span::version);
        Optional<Span> latestStarted =
                versions.stream().filter(s -> s.startsOnOrBefore(day)).max(byStart);
        if (latestStarted.isPresent()) {
            Span s = latestStarted.get();
            if (s.covers(day)) {
                return Lookup.of(s.version());
            }
            Optional<Span> next =
                    versions.stream().filter(v -> !v.startsOnOrBefore(day)).min(byStart);
            return Lookup.none("had no version in force on " + day + " (version " + s.version() + " ended on "
                    + s.validTo()
                    + next.map(n -> ", version " + n.version() + " starts on " + n.validFrom())
                            .orElse("")
                    + ")");
        }
        Span first = versions.stream().min(byStart).orElseThrow();
        if (first.version() > 1) {
            return Lookup.of(first.version());
        }
        return Lookup.none("is not in force before " + first.validFrom() + " (received on " + day + ")");
    }
}
