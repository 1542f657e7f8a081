package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.ErasureRule;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.event.DossierEvents;
import vn.cchc.dossiers.repository.ErasureRepository;
import vn.cchc.dossiers.repository.ServiceIndexStore;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Erasing dossiers received in error (xoá hồ sơ tiếp nhận nhầm, docs/domain/dossier-erasure.md), in bulk, all or
 * nothing in one transaction: every dossier must exist in the caller's province (else 404 naming it) and be erasable
 * ({@link ErasureRule}, else 409 naming the rule); then per dossier its counters are taken back
 * ({@link StatsRecorder#erased}), its unit's QĐ 766 figures marked to be recomputed from its day of receipt, a
 * {@code DossierErased} event written (version + 1, with the dossier's units and days), a line of the erasure log
 * kept, and the dossier deleted with its child rows.
 */
@ApplicationScoped
public class DossierErasure {

    /** Dossiers per request. */
    public static final int MAX_CODES = 1000;

    public static final int MAX_REASON = 500;

    private static final Logger LOG = Logger.getLogger(DossierErasure.class);

    private final ErasureRepository repo;
    private final StatsRecorder stats;
    private final DossierEvents events;
    private final ServiceIndexStore serviceIndex;
    private final Clock clock;

    public DossierErasure(
            ErasureRepository repo,
            StatsRecorder stats,
            DossierEvents events,
            ServiceIndexStore serviceIndex,
            Clock clock) {
        this.repo = repo;
        this.stats = stats;
        this.events = events;
        this.serviceIndex = serviceIndex;
        this.clock = clock;
    }

    /** Only a province's admin erases (403 before the body is read). */
    public void checkAccess(Subject s) {
        if (!s.has(vn.cchc.shared.security.Roles.ADMIN) || s.province().isEmpty()) {
            throw ProblemException.forbidden(Messages.ERASE_ADMIN_ONLY);
        }
    }

    /** The codes, trimmed, checked for shape, count and duplicates (400). */
    public static List<String> validCodes(List<String> codes, String reason) {
        Violations v = new Violations();
        List<String> out = new ArrayList<>();
        if (codes == null || codes.isEmpty() || codes.size() > MAX_CODES) {
            v.add("codes", "size", Messages.ERASE_CODES_REQUIRED, MAX_CODES);
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String c = codes.get(i) == null ? "" : codes.get(i).trim();
                if (c.isEmpty() || c.length() > 40) {
                    v.add("codes[" + i + "]", "code", Messages.ERASE_CODE_SHAPE);
                } else if (!seen.add(c)) {
                    v.add("codes[" + i + "]", "unique", Messages.ERASE_CODE_TWICE, c);
                } else {
                    out.add(c);
                }
            }
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            v.add("reason", "required", Messages.ERASE_REASON_REQUIRED);
        }
        v.throwIfAny();
        return out;
    }

    /** Erases the dossiers of {@code codes} (already valid); returns them in the order given. */
    @Transactional
    public List<String> erase(List<String> codes, String reason, Subject caller) {
        checkAccess(caller);
        List<Dossier> found = repo.lock(codes);
        Map<String, Dossier> byCode = new java.util.HashMap<>();
        for (Dossier d : found) {
            if (AccessPolicy.canErase(caller, d.getReceivingUnitPath())) {
                byCode.put(d.getCode(), d);
            }
        }
        for (String c : codes) {
            if (!byCode.containsKey(c)) {
                throw ProblemException.notFound(Messages.DOSSIER, c);
            }
        }
        List<Long> ids = found.stream().map(Dossier::getId).toList();
        Map<Long, long[]> children = repo.children(ids);
        for (int i = 0; i < codes.size(); i++) {
            Dossier d = byCode.get(codes.get(i));
            long[] ch = children.getOrDefault(d.getId(), new long[3]);
            Optional<ErasureRule.Refusal> refusal = ErasureRule.check(new ErasureRule.Facts(
                    d.getStatus(),
                    d.getResolvedAt(),
                    d.getClosedAt(),
                    d.isEResult(),
                    d.isHasApology(),
                    d.getSupplementRequests(),
                    ch[0],
                    ch[1],
                    ch[2] > 0));
            if (refusal.isPresent()) {
                ErasureRule.Refusal r = refusal.get();
                throw new ProblemException(
                        409,
                        "conflict",
                        CommonMessages.TITLE_CONFLICT.with(),
                        r.message().with(d.getCode(), d.getStatus().name()),
                        List.of(LocalizedViolation.of(
                                "codes[" + i + "]",
                                r.rule(),
                                r.message(),
                                d.getCode(),
                                d.getStatus().name())));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repo.log(ids, reason.trim(), caller.name(), now);
        stats.batched(() -> {
            for (Dossier d : found) {
                stats.erased(d);
            }
            return null;
        });
        for (Dossier d : found) {
            events.erased(d, now);
            serviceIndex.mark(
                    d.getReceivingUnitCode(),
                    d.getReceivingUnitPath(),
                    d.getReceivedAt()
                            .atZoneSameInstant(OfficialCalendarService.ZONE)
                            .toLocalDate());
        }
        int n = repo.delete(found);
        // who and why are in dossier_erasure, not in the log
        LOG.infof("erased %d dossiers received in error", n);
        return codes;
    }
}
