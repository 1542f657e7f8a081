package vn.cchc.dossiers.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.repository.CatalogueRepository;
import vn.cchc.shared.event.EventCodec;

/**
 * An intake reads the procedure and the version in force read-only (issue 16): Hibernate then keeps no snapshot of
 * their JSON columns and does not compare them at every flush of the intake's transaction.
 */
@QuarkusTest
class IntakeCatalogueReadsTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    CatalogueService catalogues;

    @Test
    void theProcedureAndItsVersionInForceAreLoadedReadOnly() {
        Province p = Province.create(codec, mapper, em);
        QuarkusTransaction.requiringNew().run(() -> {
            Session session = em.unwrap(Session.class);
            CatalogueProcedure procedure = catalogue.toRead(p.procedure);
            assertNotNull(procedure);
            assertTrue(session.isReadOnly(procedure));
            CatalogueService.VersionOn on = catalogues.versionOn(procedure, LocalDate.of(2026, 1, 5));
            assertNotNull(on.version(), "in force since 2021");
            assertTrue(session.isReadOnly(on.version()));
            assertEquals(p.procedure, on.version().getCode());
        });
    }
}
