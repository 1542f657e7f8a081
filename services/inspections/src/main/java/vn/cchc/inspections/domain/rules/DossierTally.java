package vn.cchc.inspections.domain.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.time.VietnamTime;

/**
 * The counting rule of the dossier evidence. Every dossier event carries the whole dossier as of its
 * {@code version}; this class decides, from the tally marks of a dossier (where it has been counted so far)
 * and one event, which per-unit-and-day counters change. Properties:
 * <ul>
 *   <li>a dossier is counted received once (receiving unit, day received) whichever of its events arrives
 *       first — a DossierResolved arriving before its DossierReceived counts both;</li>
 *   <li>it is counted resolved once, in its classification (EARLY, ON_TIME, LATE) on the deciding unit
 *       (else the receiving unit) and the day resolved; a newer version with a different classification,
 *       day or unit moves the count (−1 old, +1 new); an older version arriving late changes nothing;</li>
 *   <li>digitised counts once, on the day received (a dossier digitised later still counts);</li>
 *   <li>an apology (thư xin lỗi / gia hạn) is remembered with its first time and timeliness;</li>
 *   <li>an erased dossier (DossierErased, {@link #erase}) takes back every count its marks hold and leaves a
 *       tombstone: no event of it, older or replayed, ever counts it again (whatever the order).</li>
 * </ul>
 * Replays of the same event are already removed by the inbox; this rule makes the result independent of
 * the order and of a fact being announced by several events. Plain Java, no I/O.
 */
public final class DossierTally {

    /** Counters of {@code dossier_day_stat}. */
    public enum Counter {
        RECEIVED,
        RECEIVED_ONLINE,
        RECEIVED_POSTAL,
        DIGITISED,
        RESOLVED_EARLY,
        RESOLVED_ON_TIME,
        RESOLVED_LATE
    }

    /** One change of one counter of one unit and day. */
    public record Delta(String unitCode, String unitPath, LocalDate day, Counter counter, int amount) {}

    /** What an event says about a dossier (the fields of DossierEventV1 the evidence uses). */
    public record Fact(
            String code,
            long version,
            String receivingUnitCode,
            String receivingUnitPath,
            String decidingUnitCode,
            String decidingUnitPath,
            String channel,
            OffsetDateTime receivedAt,
            OffsetDateTime resolvedAt,
            String classification,
            boolean digitised,
            boolean hasApology,
            Boolean apologyTimely,
            OffsetDateTime occurredAt) {

        /**
         * The unit the resolved counts (and a late dossier) go to, code and path together:
         * {@link EvidenceFigures#RESOLVED_ATTRIBUTION} (the deciding unit when both its code and path are known, else
         * the receiving unit — never the code of one with the path of the other).
         */
        public UnitRef resolvedUnit() {
            UnitRef deciding = decidingUnitCode != null && decidingUnitPath != null
                    ? new UnitRef(decidingUnitCode, decidingUnitPath)
                    : null;
            return EvidenceFigures.RESOLVED_ATTRIBUTION.unitOf(
                    new UnitRef(receivingUnitCode, receivingUnitPath), deciding);
        }

        String resolvedUnitCode() {
            return resolvedUnit().code();
        }

        String resolvedUnitPath() {
            return resolvedUnit().path();
        }
    }

    /** A unit by its code and its path in the tree. */
    public record UnitRef(String code, String path) {}

    /** The marks of one dossier (mutable; persisted as {@code dossier_tally}). */
    public static final class Marks {
        public String receivedUnit;
        public String receivedUnitPath;
        public LocalDate receivedDay;
        public String receivedChannel;
        public boolean digitised;
        public String resolvedUnit;
        public String resolvedUnitPath;
        public LocalDate resolvedDay;
        public String classification;
        public OffsetDateTime apologyAt;
        public Boolean apologyTimely;
        public long lastVersion = -1;
        /** Erased (received in error): a tombstone, nothing of the dossier counts any more. */
        public boolean erased;
    }

    private DossierTally() {}

    public static LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    /** Applies {@code fact} to {@code marks} (changed in place) and returns the counter changes. */
    public static List<Delta> apply(Marks marks, Fact fact) {
        List<Delta> deltas = new ArrayList<>();
        if (marks.erased) {
            marks.lastVersion = Math.max(marks.lastVersion, fact.version());
            return deltas;
        }
        boolean newer = fact.version() > marks.lastVersion;
        if (fact.receivedAt() != null && marks.receivedDay == null && fact.receivingUnitCode() != null) {
            marks.receivedUnit = fact.receivingUnitCode();
            marks.receivedUnitPath = fact.receivingUnitPath();
            marks.receivedDay = day(fact.receivedAt());
            marks.receivedChannel = fact.channel();
            deltas.add(new Delta(marks.receivedUnit, marks.receivedUnitPath, marks.receivedDay, Counter.RECEIVED, 1));
            if ("ONLINE".equals(fact.channel())) {
                deltas.add(new Delta(
                        marks.receivedUnit, marks.receivedUnitPath, marks.receivedDay, Counter.RECEIVED_ONLINE, 1));
            } else if ("POSTAL".equals(fact.channel())) {
                deltas.add(new Delta(
                        marks.receivedUnit, marks.receivedUnitPath, marks.receivedDay, Counter.RECEIVED_POSTAL, 1));
            }
        }
        if (fact.digitised() && !marks.digitised && marks.receivedDay != null) {
            marks.digitised = true;
            deltas.add(new Delta(marks.receivedUnit, marks.receivedUnitPath, marks.receivedDay, Counter.DIGITISED, 1));
        }
        Counter resolved = resolvedCounter(fact.classification());
        if (resolved != null && fact.resolvedAt() != null && fact.resolvedUnitCode() != null) {
            LocalDate day = day(fact.resolvedAt());
            if (marks.classification == null) {
                setResolved(marks, fact, day);
                deltas.add(new Delta(marks.resolvedUnit, marks.resolvedUnitPath, day, resolved, 1));
            } else if (newer
                    && (!marks.classification.equals(fact.classification())
                            || !day.equals(marks.resolvedDay)
                            || !marks.resolvedUnit.equals(fact.resolvedUnitCode()))) {
                deltas.add(new Delta(
                        marks.resolvedUnit,
                        marks.resolvedUnitPath,
                        marks.resolvedDay,
                        resolvedCounter(marks.classification),
                        -1));
                setResolved(marks, fact, day);
                deltas.add(new Delta(marks.resolvedUnit, marks.resolvedUnitPath, day, resolved, 1));
            }
        }
        if (fact.hasApology()) {
            OffsetDateTime at = fact.occurredAt();
            if (marks.apologyAt == null || (at != null && at.isBefore(marks.apologyAt))) {
                marks.apologyAt = at;
            }
            if (fact.apologyTimely() != null) {
                marks.apologyTimely = fact.apologyTimely();
            }
        }
        marks.lastVersion = Math.max(marks.lastVersion, fact.version());
        return deltas;
    }

    /**
     * The dossier was erased (received in error): returns the changes that take back every count the marks hold
     * (received and its channel, digitised, resolved), clears them and marks the tombstone. A second erase changes
     * nothing; an erase before any other event leaves only the tombstone.
     */
    public static List<Delta> erase(Marks marks, long version) {
        List<Delta> deltas = new ArrayList<>();
        marks.lastVersion = Math.max(marks.lastVersion, version);
        if (marks.erased) {
            return deltas;
        }
        if (marks.receivedDay != null) {
            String u = marks.receivedUnit;
            String p = marks.receivedUnitPath;
            LocalDate d = marks.receivedDay;
            deltas.add(new Delta(u, p, d, Counter.RECEIVED, -1));
            if ("ONLINE".equals(marks.receivedChannel)) {
                deltas.add(new Delta(u, p, d, Counter.RECEIVED_ONLINE, -1));
            } else if ("POSTAL".equals(marks.receivedChannel)) {
                deltas.add(new Delta(u, p, d, Counter.RECEIVED_POSTAL, -1));
            }
            if (marks.digitised) {
                deltas.add(new Delta(u, p, d, Counter.DIGITISED, -1));
            }
        }
        Counter resolved = resolvedCounter(marks.classification);
        if (resolved != null && marks.resolvedDay != null) {
            deltas.add(new Delta(marks.resolvedUnit, marks.resolvedUnitPath, marks.resolvedDay, resolved, -1));
        }
        marks.receivedUnit = null;
        marks.receivedUnitPath = null;
        marks.receivedDay = null;
        marks.receivedChannel = null;
        marks.digitised = false;
        marks.resolvedUnit = null;
        marks.resolvedUnitPath = null;
        marks.resolvedDay = null;
        marks.classification = null;
        marks.apologyAt = null;
        marks.apologyTimely = null;
        marks.erased = true;
        return deltas;
    }

    private static void setResolved(Marks marks, Fact fact, LocalDate day) {
        marks.classification = fact.classification();
        marks.resolvedUnit = fact.resolvedUnitCode();
        marks.resolvedUnitPath = fact.resolvedUnitPath();
        marks.resolvedDay = day;
    }

    static Counter resolvedCounter(String classification) {
        if (classification == null) {
            return null;
        }
        return switch (classification) {
            case "EARLY" -> Counter.RESOLVED_EARLY;
            case "ON_TIME" -> Counter.RESOLVED_ON_TIME;
            case "LATE" -> Counter.RESOLVED_LATE;
            default -> null;
        };
    }
}
