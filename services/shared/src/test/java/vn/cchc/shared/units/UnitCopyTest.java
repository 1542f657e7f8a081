package vn.cchc.shared.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;

/**
 * The one unit read model: a copy keeps the highest version of the unit as {@code UnitChanged} carries it, with its
 * validity; the projection skips other event types and refuses an event without code, name or path. Plain test: the
 * repository is replaced by a map (the services' consumer tests run the same projection against PostgreSQL and Kafka).
 */
class UnitCopyTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T03:00:00Z");
    final EventCodec codec = new EventCodec(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    static UnitEventV1 unit(String code, String name, String path, long version) {
        return new UnitEventV1(
                code,
                name,
                "ADMINISTRATION",
                "COMMUNE",
                "H99",
                path,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                true,
                List.of(),
                version);
    }

    @Test
    void aNewerVersionReplacesTheCopyAndAnOlderOrEqualOneChangesNothing() {
        UnitCopy copy = new UnitCopy("H99.X01");
        assertTrue(copy.apply(unit("H99.X01", "Xã A", "/H99/H99.X01/", 3), NOW));
        assertFalse(copy.apply(unit("H99.X01", "Xã cũ", "/H99/H99.X01/", 2), NOW.plusHours(1)), "older version");
        assertFalse(copy.apply(unit("H99.X01", "Xã lặp", "/H99/H99.X01/", 3), NOW.plusHours(1)), "replayed version");
        assertEquals("Xã A", copy.getName());
        assertEquals(NOW, copy.getUpdatedAt());

        UnitEventV1 merged = new UnitEventV1(
                "H99.X01",
                "Xã A",
                "ADMINISTRATION",
                "COMMUNE",
                "H99",
                "/H99/H99.X01/",
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2026, 6, 30),
                "H99.X09",
                false,
                List.of(),
                4);
        assertTrue(copy.apply(merged, NOW.plusDays(1)));
        assertEquals(4, copy.getVersion());
        assertEquals(LocalDate.of(2026, 6, 30), copy.getValidTo());
        assertEquals("H99.X09", copy.getSuccessorCode());
        assertFalse(copy.isReceivesDossiers());
        assertEquals("H99", copy.provinceCode());
    }

    @Test
    void validityRunsFromTheFirstToTheLastDayInclusive() {
        UnitCopy copy = new UnitCopy("H99.X01");
        copy.apply(
                new UnitEventV1(
                        "H99.X01",
                        "Xã A",
                        "ADMINISTRATION",
                        "COMMUNE",
                        "H99",
                        "/H99/H99.X01/",
                        LocalDate.of(2025, 7, 1),
                        LocalDate.of(2026, 6, 30),
                        null,
                        true,
                        List.of(),
                        1),
                NOW);
        assertFalse(copy.validOn(LocalDate.of(2025, 6, 30)));
        assertTrue(copy.validOn(LocalDate.of(2025, 7, 1)));
        assertTrue(copy.validOn(LocalDate.of(2026, 6, 30)));
        assertFalse(copy.validOn(LocalDate.of(2026, 7, 1)));

        UnitCopy unknownStart = new UnitCopy("H99.X02");
        unknownStart.apply(
                new UnitEventV1(
                        "H99.X02", "Xã B", null, null, "H99", "/H99/H99.X02/", null, null, null, false, List.of(), 1),
                NOW);
        assertTrue(unknownStart.validOn(LocalDate.of(1990, 1, 1)), "a copy without a first day is valid from always");
    }

    @Test
    void anEventOfAnotherUnitIsRefused() {
        UnitCopy copy = new UnitCopy("H99.X01");
        assertThrows(
                IllegalArgumentException.class, () -> copy.apply(unit("H99.X02", "Xã B", "/H99/H99.X02/", 1), NOW));
    }

    @Test
    void theProjectionKeepsOneCopyPerUnitAtItsHighestVersion() {
        InMemoryUnits units = new InMemoryUnits();
        UnitCopyProjection projection = new UnitCopyProjection(
                units, codec, Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC));

        projection.apply(changed(unit("H99.X01", "Xã A", "/H99/H99.X01/", 2)));
        projection.apply(changed(unit("H99.X01", "Xã cũ", "/H99/H99.X01/", 1)));
        projection.apply(changed(unit("H99.X01", "Xã A mới", "/H99/H99.X01/", 5)));

        assertEquals(1, units.persisted, "persisted once, then updated in place");
        assertEquals("Xã A mới", units.byCode("H99.X01").orElseThrow().getName());
        assertEquals(Optional.of("/H99/H99.X01/"), units.pathOf("H99.X01"));
        assertEquals(5, units.byCode("H99.X01").orElseThrow().getVersion());
    }

    @Test
    void theProjectionSkipsOtherTypesAndRefusesAUnitWithoutCodeNameOrPath() {
        InMemoryUnits units = new InMemoryUnits();
        UnitCopyProjection projection = new UnitCopyProjection(units, codec, Clock.systemUTC());

        projection.apply(EventEnvelope.create(
                "/cchc/procedures",
                "UnitRemoved",
                "H99.X01",
                1,
                NOW,
                codec.mapper().valueToTree(unit("H99.X01", "Xã A", "/H99/H99.X01/", 1))));
        assertNull(units.findById("H99.X01"));

        assertThrows(
                MalformedEventException.class,
                () -> projection.apply(changed(unit("H99.X01", null, "/H99/H99.X01/", 1))));
        assertThrows(MalformedEventException.class, () -> projection.apply(changed(unit("H99.X01", "Xã A", null, 1))));
        assertThrows(MalformedEventException.class, () -> projection.apply(changed(unit(" ", "Xã A", "/H99/ /", 1))));
        assertThrows(
                MalformedEventException.class,
                () -> projection.apply(changed(unit("H".repeat(61), "Xã A", "/H99/H/", 1))));
        assertEquals(0, units.persisted);
    }

    @Test
    void lookupsIgnoreCodesThatNameNoUnit() {
        InMemoryUnits units = new InMemoryUnits();
        assertEquals(Optional.empty(), units.byCode(null));
        assertEquals(Optional.empty(), units.byCode(" "));
        assertEquals(Optional.empty(), units.byCode("H".repeat(61)));
        assertEquals(0, units.lookedUp, "no query for a code that cannot exist");
        assertEquals(List.of(), units.byCodes(List.of()));
    }

    private EventEnvelope changed(UnitEventV1 unit) {
        return EventEnvelope.create(
                "/cchc/procedures",
                UnitEventV1.CHANGED,
                "H99.X01",
                UnitEventV1.SCHEMA_VERSION,
                NOW,
                codec.mapper().valueToTree(unit));
    }

    /** The repository's storage replaced by a map; its own lookups ({@code byCode}, {@code pathOf}) run unchanged. */
    static final class InMemoryUnits extends UnitCopyRepository {
        final Map<String, UnitCopy> rows = new HashMap<>();
        int persisted;
        int lookedUp;

        @Override
        public UnitCopy findById(String code) {
            lookedUp++;
            return rows.get(code);
        }

        @Override
        public Optional<UnitCopy> findByIdOptional(String code) {
            return Optional.ofNullable(findById(code));
        }

        @Override
        public void persist(UnitCopy copy) {
            persisted++;
            rows.put(copy.getCode(), copy);
        }
    }
}
