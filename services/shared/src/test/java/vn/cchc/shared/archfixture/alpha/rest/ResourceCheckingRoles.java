package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

/** Bad: a resource asks the caller's roles and throws its own 403. */
public class ResourceCheckingRoles {
    public void require(Caller caller) {
        if (!caller.hasRole("admin")) {
            throw ProblemException.forbidden("admins only");
        }
    }
}
