package vn.cchc.shared.archfixture.alpha.rest;

import vn.cchc.shared.archfixture.alpha.security.AccessPolicy;
import vn.cchc.shared.security.Caller;

/** Good: a resource hands the caller to the access policy, which decides (and throws the 403). */
public class ResourceAskingPolicy {
    public String read(Caller caller, String unit) {
        AccessPolicy.requireRead(caller, unit);
        return unit;
    }
}
