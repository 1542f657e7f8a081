package vn.cchc.shared.archfixture.alpha.service;

import vn.cchc.shared.archfixture.beta.BetaThing;

/** Bad: one service uses another service's code. */
public class ServiceUsingBeta {
    public String name(BetaThing b) {
        return b.name();
    }
}
