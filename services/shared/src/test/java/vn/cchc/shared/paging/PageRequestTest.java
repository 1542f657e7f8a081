package vn.cchc.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void capsTheSize() {
        assertEquals(PageParams.MAX_SIZE, PageRequest.of(0, 10_000).size());
        assertEquals(20, PageRequest.of(3, 20).size());
        assertEquals(60, PageRequest.of(3, 20).offset());
    }

    @Test
    void refusesNegativePagesAndEmptySizes() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, 0));
    }

    @Test
    void countsPagesAndMapsItems() {
        Page<Integer> page = Page.of(List.of(1, 2), PageRequest.of(0, 2), 5);
        assertEquals(3, page.totalPages());
        assertEquals(List.of("1", "2"), page.map(String::valueOf).items());
        assertEquals(5, page.map(String::valueOf).total());
    }

    @Test
    void aCappedCountSaysItIsALowerBound() {
        PageRequest first = PageRequest.of(0, 2);
        Page<Integer> exact = Page.capped(List.of(1, 2), first, 10, 10);
        assertEquals(10, exact.total());
        assertEquals(false, exact.totalCapped());
        Page<Integer> more = Page.capped(List.of(1, 2), first, 10, 11);
        assertEquals(10, more.total());
        assertEquals(true, more.totalCapped());
        assertEquals(true, more.map(String::valueOf).totalCapped());
        assertEquals(false, Page.of(List.of(1), first, 1).totalCapped());
        assertThrows(IllegalArgumentException.class, () -> Page.capped(List.of(), first, 0, 0));
    }
}
