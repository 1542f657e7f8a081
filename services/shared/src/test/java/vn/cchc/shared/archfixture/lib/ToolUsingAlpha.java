package vn.cchc.shared.archfixture.lib;

import vn.cchc.shared.archfixture.alpha.domain.Thing;

/** Bad: a library that uses a service's code. */
public final class ToolUsingAlpha {
    public static String name(Thing t) {
        return t.name;
    }
}
