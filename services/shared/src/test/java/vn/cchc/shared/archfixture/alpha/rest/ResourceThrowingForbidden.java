package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.problem.ProblemException;

/** Bad: a resource decides on its own that a request is forbidden. */
public class ResourceThrowingForbidden {
    public void check(String unit) {
        if (unit == null) {
            throw ProblemException.forbidden("no unit");
        }
    }
}
