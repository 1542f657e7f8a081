package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.dossiers.domain.calendar.Classification.Result.EARLY;
import static vn.cchc.dossiers.domain.calendar.Classification.Result.LATE;
import static vn.cchc.dossiers.domain.calendar.Classification.Result.ON_TIME;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static final LocalDateTime DUE = LocalDateTime.parse("2026-03-12T10:00");

    @Test
    void boundaries() {
        assertEquals(ON_TIME, Classification.of(DUE, DUE), "exactly at the due time");
        assertEquals(LATE, Classification.of(DUE.plusNanos(1), DUE));
        assertEquals(LATE, Classification.of(LocalDateTime.parse("2026-03-12T16:00"), DUE), "same day but later");
        assertEquals(ON_TIME, Classification.of(LocalDateTime.parse("2026-03-12T00:00"), DUE), "start of the due date");
        assertEquals(EARLY, Classification.of(LocalDateTime.parse("2026-03-11T23:59:59"), DUE), "the day before");
        assertEquals(EARLY, Classification.of(LocalDateTime.parse("2026-03-02T08:00"), DUE));
        assertEquals(LATE, Classification.of(LocalDateTime.parse("2026-03-13T08:00"), DUE));
    }
}
