package vn.cchc.shared.archfixture.alpha.security;

import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;

/** Good: the access policy of the fixture service, where it belongs; it may ask roles, compare units and deny. */
public final class AccessPolicy {
    private AccessPolicy() {}

    public static void requireRead(Caller caller, String path) {
        boolean covered =
                caller.unitCode().map(u -> Jurisdiction.covers(u, path)).orElse(false);
        if (!caller.hasRole("officer") || !covered) {
            throw ProblemException.forbidden("outside your unit");
        }
    }
}
