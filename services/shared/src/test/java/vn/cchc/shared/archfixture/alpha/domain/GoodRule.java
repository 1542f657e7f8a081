package vn.cchc.shared.archfixture.alpha.domain;

import vn.cchc.shared.archfixture.lib.Tool;

/** Good: a rule uses the domain and libraries only. */
public final class GoodRule {
    public static boolean named(Thing t) {
        return !Tool.trim(t.name).isEmpty();
    }
}
