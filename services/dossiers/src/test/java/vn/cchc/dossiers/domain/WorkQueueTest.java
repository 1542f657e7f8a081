package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    @Test
    void theWorklistDueValuesNameTheirCounts() {
        assertEquals(Optional.of(WorkQueue.DUE_SOON), WorkQueue.ofDue("SOON"));
        assertEquals(Optional.of(WorkQueue.OVERDUE), WorkQueue.ofDue("overdue"));
        assertEquals(Optional.of(WorkQueue.OVERDUE_WITHOUT_APOLOGY), WorkQueue.ofDue(" OVERDUE_WITHOUT_APOLOGY "));
        assertEquals(Optional.empty(), WorkQueue.ofDue(null));
        assertEquals(Optional.empty(), WorkQueue.ofDue(" "));
        assertThrows(IllegalArgumentException.class, () -> WorkQueue.ofDue("WAITING"));
    }

    @Test
    void everyDueValueIsTheDueOfOneCount() {
        for (String due : WorkQueue.DUE_VALUES) {
            assertEquals(due, WorkQueue.ofDue(due).flatMap(WorkQueue::due).orElseThrow());
        }
        assertEquals(
                WorkQueue.DUE_VALUES.length,
                Arrays.stream(WorkQueue.values())
                        .filter(q -> q.due().isPresent())
                        .count());
    }

    @Test
    void countsAddUpAndReadInQueueOrder() {
        WorkCounts a = WorkCounts.of(new Object[] {"H99.X01", 1L, 2L, null, 4L, 5L}, 1);
        assertEquals(new WorkCounts(1, 2, 0, 4, 5), a);
        WorkCounts sum = a.plus(new WorkCounts(1, 1, 1, 1, 1));
        assertEquals(new WorkCounts(2, 3, 1, 5, 6), sum);
        for (WorkQueue q : WorkQueue.values()) {
            assertEquals(sum.of(q), new long[] {2, 3, 1, 5, 6}[q.ordinal()]);
        }
        assertEquals(true, WorkCounts.ZERO.isEmpty());
    }
}
