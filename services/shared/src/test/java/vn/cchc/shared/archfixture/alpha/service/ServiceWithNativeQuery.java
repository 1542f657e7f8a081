package vn.cchc.shared.archfixture.alpha.service;

import jakarta.persistence.EntityManager;

/** Bad: SQL outside the repository. */
public class ServiceWithNativeQuery {
    public int purge(EntityManager em) {
        return em.createNativeQuery("delete from thing").executeUpdate();
    }
}
