package vn.cchc.dossiers.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.cchc.shared.paging.PageRequest;

/** The worklist's count stops a fixed distance beyond the page asked for, so paging on moves it on. */
class WorklistCountCapTest {

    @Test
    void theFirstPageCountsAThousandMatches() {
        assertEquals(1_000, DossierRepository.countCap(PageRequest.of(0, 20)));
    }

    @Test
    void aLaterPageCountsAThousandBeyondItsFirstRow() {
        assertEquals(50 * 20 + 1_000, DossierRepository.countCap(PageRequest.of(50, 20)));
        assertEquals(3 * 100 + 1_000, DossierRepository.countCap(PageRequest.of(3, 100)));
    }

    @Test
    void anAbsurdPageDoesNotOverflow() {
        assertEquals(Integer.MAX_VALUE - 1, DossierRepository.countCap(PageRequest.of(Integer.MAX_VALUE, 100)));
    }
}
