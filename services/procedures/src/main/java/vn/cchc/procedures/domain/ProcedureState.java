package vn.cchc.procedures.domain;

import java.util.Set;

/**
 * State of a procedure, derived from its publication decisions: a draft is not public; a
 * decision công bố puts it in force; later decisions amend or abolish it.
 */
public enum ProcedureState {
    DRAFT, IN_FORCE, AMENDED, ABOLISHED;

    /** Only a draft can be published; publishing again needs an amending decision instead. */
    public boolean canPublish() {
        return this == DRAFT;
    }

    /** States readable without logging in (public catalogue). */
    public static final Set<ProcedureState> PUBLIC = Set.of(IN_FORCE, AMENDED);
}
