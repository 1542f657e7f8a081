package vn.cchc.shared.archfixture.alpha.domain;

import jakarta.ws.rs.NotFoundException;

/** Bad: a rule throws a JAX-RS exception. */
public final class RuleWithJaxRs {
    public static void check(Thing t) {
        if (t == null) {
            throw new NotFoundException();
        }
    }
}
