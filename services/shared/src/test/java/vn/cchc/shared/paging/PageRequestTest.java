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
}
