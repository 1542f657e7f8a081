package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** What the demo data of province H99 waits for and checks (only with {@code cchc.demo-data=true}). */
@ApplicationScoped
public class DemoDataRepository {

    private final EntityManager em;

    public DemoDataRepository(EntityManager em) {
        this.em = em;
    }

    /** Dossiers imported by the given integration client. */
    public long dossiersOf(String client) {
        return ((Number) em.createNativeQuery("select count(*) from dossier where external_client = :c")
                        .setParameter("c", client)
                        .getSingleResult())
                .longValue();
    }

    /** The demo commune one-stops (H99.X01.MC … H99.X06.MC) that have arrived in the unit copy. */
    public long demoReceivingPoints() {
        return ((Number) em.createNativeQuery("select count(*) from unit_copy where code like 'H99.X0_.MC'")
                        .getSingleResult())
                .longValue();
    }

    /** Codes of H99's procedures in force with at most five working days, for the demo dossiers. */
    @SuppressWarnings("unchecked")
    public List<String> demoProcedures() {
        return em.createNativeQuery("""
                        select code from catalogue_procedure where state in ('IN_FORCE', 'AMENDED')
                          and code like '%.000.00.00.H99' and processing_time_unit = 'WORKING_DAYS'
                          and processing_time_value <= 5 order by code""").getResultList();
    }
}
