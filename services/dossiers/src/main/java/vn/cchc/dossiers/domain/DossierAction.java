package vn.cchc.dossiers.domain;

import static vn.cchc.dossiers.domain.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.cchc.dossiers.domain.DossierStatus.PROCESSING;
import static vn.cchc.dossiers.domain.DossierStatus.RECEIVED;
import static vn.cchc.dossiers.domain.DossierStatus.REFUSED;
import static vn.cchc.dossiers.domain.DossierStatus.REGISTERED;
import static vn.cchc.dossiers.domain.DossierStatus.RESOLVED;
import static vn.cchc.dossiers.domain.DossierStatus.RETURNED;
import static vn.cchc.dossiers.domain.DossierStatus.STOPPED;
import static vn.cchc.dossiers.domain.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.cchc.dossiers.domain.DossierStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transitions of the lifecycle: from which statuses an action is allowed, where it leads (null =
 * status unchanged) and which roles may take it. Plain Java; anything not listed is refused (409).
 */
public enum DossierAction {
    ACCEPT("accept", EnumSet.of(REGISTERED), RECEIVED, Set.of("officer")),
    REFUSE("refuse", EnumSet.of(REGISTERED, RECEIVED), REFUSED, Set.of("officer")),
    START("start", EnumSet.of(RECEIVED), PROCESSING, Set.of("officer", "specialist", "leader")),
    HANDOVER("handover", EnumSet.of(PROCESSING), null, Set.of("officer", "specialist", "leader")),
    REQUEST_SUPPLEMENT(
            "request-supplement",
            EnumSet.of(RECEIVED, PROCESSING),
            SUPPLEMENT_REQUESTED,
            Set.of("officer", "specialist", "leader")),
    SUPPLEMENT_RECEIVED("supplement-received", EnumSet.of(SUPPLEMENT_REQUESTED), PROCESSING, Set.of("officer")),
    REQUEST_FINANCIAL(
            "request-financial", EnumSet.of(PROCESSING), FINANCIAL_OBLIGATION, Set.of("specialist", "leader")),
    FINANCIAL_FULFILLED(
            "financial-fulfilled", EnumSet.of(FINANCIAL_OBLIGATION), PROCESSING, Set.of("officer", "specialist")),
    WITHDRAW(
            "withdraw",
            EnumSet.of(REGISTERED, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION),
            WITHDRAWN,
            Set.of("officer")),
    STOP(
            "stop",
            EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION),
            STOPPED,
            Set.of("officer")),
    RESOLVE("resolve", EnumSet.of(PROCESSING), RESOLVED, Set.of("specialist", "leader")),
    RETURN("return", EnumSet.of(RESOLVED), RETURNED, Set.of("officer")),
    APOLOGY(
            "apology",
            EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION),
            null,
            Set.of("leader"));

    private final String slug;
    private final Set<DossierStatus> from;
    private final DossierStatus to;
    private final Set<String> roles;

    DossierAction(String slug, Set<DossierStatus> from, DossierStatus to, Set<String> roles) {
        this.slug = slug;
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    public String slug() {
        return slug;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /** The status after the action (the same one for hand-overs and apologies). */
    public DossierStatus target(DossierStatus current) {
        return to == null ? current : to;
    }

    public static DossierAction fromSlug(String slug) {
        for (DossierAction a : values()) {
            if (a.slug.equals(slug)) {
                return a;
            }
        }
        return null;
    }
}
