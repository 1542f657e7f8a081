package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** {@code document_register}: one counter per issuing unit, series and year (docs/domain/forms.md §2). */
@ApplicationScoped
public class DocumentRegisterRepository {

    private final EntityManager em;

    public DocumentRegisterRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The next number of the counter; the upsert locks its row until commit, so concurrent issuers wait for each
     * other and never share a number.
     */
    public int next(String unitCode, String series, int year) {
        Object n = em.createNativeQuery("""
                        insert into document_register (unit_code, kind, year, last_number) values (:u, :k, :y, 1)
                        on conflict (unit_code, kind, year) do update set last_number = document_register.last_number + 1
                        returning last_number""")
                .setParameter("u", unitCode)
                .setParameter("k", series)
                .setParameter("y", year)
                .getSingleResult();
        return ((Number) n).intValue();
    }
}
