package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.repository.IntakeNumbers;
import vn.cchc.shared.event.EventCodec;

/**
 * The numbers of an intake are taken in a short transaction of their own (issue 16): they survive a rollback of the
 * caller's transaction (a gap, never a duplicate), and concurrent intakes at one receiving point get distinct codes,
 * Mẫu 01 numbers and book lines, one after the other.
 */
@QuarkusTest
class IntakeNumbersTest {

    private static final int INTAKES = 16;

    @Inject
    IntakeNumbers numbers;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void numbersAreCommittedApartFromTheCallersTransaction() {
        String unit = "NUM" + System.nanoTime();
        LocalDate day = LocalDate.of(2026, 3, 2);
        AtomicReference<IntakeNumbers.Numbers> taken = new AtomicReference<>();
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    taken.set(numbers.take(unit, day, unit + ".MC", 2026));
                    throw new IllegalStateException("the intake fails after taking its numbers");
                }));
        assertEquals(new IntakeNumbers.Numbers(1, 1, 1), taken.get());
        // the caller rolled back, the numbers did not: the next intake gets the next ones (a gap, never a repeat)
        assertEquals(new IntakeNumbers.Numbers(2, 2, 2), numbers.take(unit, day, unit + ".MC", 2026));
        // a registration (not received) takes only the code's sequence
        assertEquals(new IntakeNumbers.Numbers(3, 0, 0), numbers.take(unit, day, unit + ".MC", null));
    }

    @Test
    void concurrentIntakesAtOnePointGetDistinctConsecutiveNumbers() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String point = p.code + ".X1.MC";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> codes = new ArrayList<>();
        try {
            for (int i = 0; i < INTAKES; i++) {
                int n = i;
                codes.add(pool.submit(() -> given().auth()
                        .oauth2(p.officer)
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "procedureCode",
                                p.procedure,
                                "receivingUnitCode",
                                point,
                                "channel",
                                "DIRECT",
                                "applicant",
                                Map.of("name", "Công dân " + n, "phone", "0910002" + String.format("%03d", n)),
                                "components",
                                List.of(Map.of("name", "Tờ khai", "copies", 1))))
                        .when()
                        .post("/api/v1/dossiers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("code")));
            }
            Set<Integer> sequences = new HashSet<>();
            for (Future<String> code : codes) {
                String c = code.get();
                sequences.add(Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)));
            }
            Set<Integer> expected = new HashSet<>();
            for (int i = 1; i <= INTAKES; i++) {
                expected.add(i);
            }
            assertEquals(expected, sequences, "codes of the day");
        } finally {
            pool.shutdown();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> book = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select count(distinct e.entry), count(distinct e.receipt_no), max(e.entry),"
                                        + " max(e.receipt_no) from dossier_book_entry e join dossier d on d.id = e.dossier_id"
                                        + " where d.receiving_unit_code = :p")
                        .setParameter("p", point)
                        .getResultList());
        Object[] r = book.get(0);
        for (Object n : r) {
            assertEquals(INTAKES, ((Number) n).intValue(), "book lines and Mẫu 01 numbers 1 … " + INTAKES);
        }
    }
}
