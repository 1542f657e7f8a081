package vn.cchc.shared.archfixture.alpha.domain;

import jakarta.persistence.EntityManager;

/** Bad: a rule that is not an entity uses the ORM. */
public final class RuleWithJpa {
    public static Thing load(EntityManager em, long id) {
        return em.find(Thing.class, id);
    }
}
