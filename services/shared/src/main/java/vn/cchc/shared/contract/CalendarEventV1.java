package vn.cchc.shared.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload (schema version 1) of {@code CalendarYearChanged} on {@code cchc.calendar.v1} (compacted, key =
 * {@link #key(String, int) province:year}, e.g. {@code H99:2026}, {@code VN:2026}). Carries the whole set of
 * official decisions of one year of one province as of {@code sequence}: days off moved (COMPENSATORY_OFF),
 * extra holidays (HOLIDAY), weekend days worked (SWAPPED_WORKDAY). Statutory holidays are not listed (every
 * service computes them). {@code province} is the root unit code of the province, or {@code VN} for national
 * decisions, which apply to every province under the province's own. The owner is dossiers (admin edits);
 * consumers replace their copy of that year and keep the highest {@code sequence}: a replayed or older event
 * changes nothing. An empty list means "no official decision that year".
 */
public record CalendarEventV1(
        String province,
        int year,
        /** Every official entry of the year, ordered by date. */
        List<Entry> entries,
        /** Orders the events of one key (province, year); increases with each change. */
        long sequence,
        OffsetDateTime occurredAt) {

    public static final String YEAR_CHANGED = "CalendarYearChanged";
    public static final int SCHEMA_VERSION = 1;
    /** The province code of the national decisions. */
    public static final String NATIONAL = "VN";

    /** One official decision: {@code kind} HOLIDAY, COMPENSATORY_OFF or SWAPPED_WORKDAY. */
    public record Entry(LocalDate date, String kind, String note) {}

    /** The Kafka key and CloudEvents subject of a province's year: {@code H99:2026}. */
    public static String key(String province, int year) {
        return province + ":" + year;
    }

    public String key() {
        return key(province, year);
    }
}
