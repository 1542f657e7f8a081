package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.security.Jurisdiction;

/** Bad: a resource compares units itself instead of asking the access policy. */
public class ResourceUsingJurisdiction {
    public boolean mayRead(String callerUnit, String path) {
        return Jurisdiction.covers(callerUnit, path);
    }
}
