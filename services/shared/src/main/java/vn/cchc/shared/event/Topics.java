package vn.cchc.shared.event;

import java.util.List;

/**
 * Topic names: {@code cchc.<stream>.v<major>}. The major version changes only when the payloads of
 * a stream change incompatibly; consumers then move to the new topic.
 * Compacted topics are keyed by the entity's natural key and keep its latest state.
 */
public final class Topics {
    public static final String UNITS = "cchc.units.v1";
    public static final String PROCEDURES = "cchc.procedures.v1";
    public static final String POSTING = "cchc.posting.v1";
    public static final String DOSSIERS = "cchc.dossiers.v1";
    public static final String INSPECTIONS = "cchc.inspections.v1";
    public static final String PAR_INDEX = "cchc.par-index.v1";
    /**
     * Official working-calendar decisions of a year (days off moved, weekend days worked), owned by dossiers;
     * compacted, key = {@code <province>:<year>} (see {@link vn.cchc.shared.contract.CalendarEventV1#key}).
     */
    public static final String CALENDAR = "cchc.calendar.v1";
    /**
     * QĐ 766 service index of a unit (its subtree) for a month, quarter or year, computed by its owner dossiers;
     * compacted, key = {@code <unit>:<period>} (see {@link vn.cchc.shared.contract.ServiceIndex766EventV1#key}).
     */
    public static final String SERVICE_INDEX = "cchc.service-index.v1";
    /** Poison messages, with the failure reason in the record headers. */
    public static final String DEAD_LETTER = "cchc.dlq.v1";

    /** Every topic with whether it is compacted (log compaction keeps the latest event per key). */
    public record Spec(String name, boolean compacted) {}

    public static final List<Spec> ALL = List.of(
            new Spec(UNITS, true),
            new Spec(PROCEDURES, true),
            new Spec(POSTING, false),
            new Spec(DOSSIERS, false),
            new Spec(INSPECTIONS, false),
            new Spec(PAR_INDEX, false),
            new Spec(CALENDAR, true),
            new Spec(SERVICE_INDEX, true),
            new Spec(DEAD_LETTER, false));

    private Topics() {}
}
