package vn.cchc.dossiers.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Which dossiers may be erased as received in error (xoá hồ sơ tiếp nhận nhầm, docs/domain/dossier-erasure.md): only
 * one still RECEIVED that nothing was decided, written or asked about yet — no decision (resolved, refused, stopped,
 * withdrawn), no letter (Mẫu 02, 03, 04, 05), no supplement request, no hand-over or pause, no rating, no result. Any
 * of those is a fact others may rely on: such a dossier goes on through its lifecycle (refuse, stop …) instead.
 * Plain Java, no I/O.
 */
public final class ErasureRule {

    /** The first rule a dossier breaks, as the problem's violation rule and its message. */
    public enum Refusal {
        STATUS("erasable.status", Messages.ERASE_ONLY_RECEIVED),
        DECISION("erasable.noDecision", Messages.ERASE_HAS_DECISION),
        LETTER("erasable.noLetter", Messages.ERASE_HAS_LETTER),
        SUPPLEMENT("erasable.noSupplement", Messages.ERASE_HAS_SUPPLEMENT),
        HANDLING("erasable.notHandled", Messages.ERASE_WAS_HANDLED),
        RATING("erasable.noRating", Messages.ERASE_HAS_RATING);

        private final String rule;
        private final Messages message;

        Refusal(String rule, Messages message) {
            this.rule = rule;
            this.message = message;
        }

        public String rule() {
            return rule;
        }

        public Messages message() {
            return message;
        }
    }

    /** What the rule reads of a dossier and of its child rows. */
    public record Facts(
            DossierStatus status,
            OffsetDateTime resolvedAt,
            OffsetDateTime closedAt,
            boolean eResult,
            boolean hasApology,
            int supplementRequests,
            long letters,
            long handoversAndPauses,
            boolean rated) {}

    private ErasureRule() {}

    /** Empty when the dossier may be erased, else the first rule it breaks. */
    public static Optional<Refusal> check(Facts f) {
        if (f.status() != DossierStatus.RECEIVED) {
            return Optional.of(Refusal.STATUS);
        }
        if (f.resolvedAt() != null || f.closedAt() != null || f.eResult()) {
            return Optional.of(Refusal.DECISION);
        }
        if (f.hasApology() || f.letters() > 0) {
            return Optional.of(Refusal.LETTER);
        }
        if (f.supplementRequests() > 0) {
            return Optional.of(Refusal.SUPPLEMENT);
        }
        if (f.handoversAndPauses() > 0) {
            return Optional.of(Refusal.HANDLING);
        }
        if (f.rated()) {
            return Optional.of(Refusal.RATING);
        }
        return Optional.empty();
    }
}
