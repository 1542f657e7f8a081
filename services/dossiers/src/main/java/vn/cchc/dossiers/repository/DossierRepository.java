package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierBookEntry;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.text.SearchText;

@ApplicationScoped
public class DossierRepository implements PanacheRepository<Dossier> {

    /** Worklist filters; {@code scopePath} is the caller's unit path (mandatory: no unscoped listing). */
    public record Filter(
            String scopePath,
            String query,
            DossierStatus status,
            String due,
            String unitCode,
            String procedureCode,
            OffsetDateTime now,
            OffsetDateTime soonUntil) {}

    public Optional<Dossier> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The dossiers filed under a personal identification number, newest first. */
    public List<Dossier> ofApplicant(String idNumber, int limit) {
        return find("applicantIdNumber = ?1 order by receivedAt desc nulls last, id desc", idNumber)
                .page(0, limit)
                .list();
    }

    /** A dossier of the book (Mẫu 07) with its entry there (null for one received before the book existed). */
    public record BookLine(Dossier dossier, DossierBookEntry entry) {}

    /**
     * The dossiers received in a unit's subtree in {@code [from, to)}, in order of receipt, with their book entries;
     * at most {@code limit}.
     */
    public List<BookLine> book(String unitPath, OffsetDateTime from, OffsetDateTime to, int limit) {
        return getEntityManager()
                .createQuery("""
                        select d, e from Dossier d left join DossierBookEntry e on e.dossierId = d.id
                        where d.receivingUnitPath like :p escape '\\' and d.receivedAt >= :from and d.receivedAt < :to
                        order by d.receivedAt, d.id""", Object[].class)
                .setParameter("p", Jurisdiction.subtreePattern(unitPath))
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new BookLine((Dossier) r[0], (DossierBookEntry) r[1]))
                .toList();
    }

    public Optional<Dossier> findExternal(String client, String externalId) {
        return find("externalClient = ?1 and externalId = ?2", client, externalId)
                .firstResultOptional();
    }

    /** Dossiers received or decided inside the scope path (a unit's subtree or a province); open first, soonest due first. */
    public Page<Dossier> worklist(Filter f, PageRequest page) {
        return worklist(f, page, WORKLIST_COUNT_CAP);
    }

    /** The worklist, counting at most {@code countCap} matches. */
    public Page<Dossier> worklist(Filter f, PageRequest page, int countCap) {
        String scope = Jurisdiction.subtreePattern(f.scopePath());
        StringBuilder where = new StringBuilder(
                "(receivingUnitPath like :scope escape '\\' or decidingUnitPath like :scope escape '\\')");
        Parameters p = Parameters.with("scope", scope);
        if (f.status() != null) {
            where.append(" and status = :status");
            p.and("status", f.status());
        }
        if ("OVERDUE".equals(f.due())) {
            where.append(" and closedAt is null and dueAt < :now and status in :open");
            p.and("now", f.now()).and("open", openStatuses());
        } else if ("SOON".equals(f.due())) {
            where.append(" and closedAt is null and dueAt >= :now and dueAt < :soon and status in :open");
            p.and("now", f.now()).and("soon", f.soonUntil()).and("open", openStatuses());
        }
        if (f.unitCode() != null && !f.unitCode().isBlank()) {
            where.append(" and (receivingUnitCode = :unit or decidingUnitCode = :unit)");
            p.and("unit", f.unitCode().trim());
        }
        if (f.procedureCode() != null && !f.procedureCode().isBlank()) {
            where.append(" and procedureCode = :procedure");
            p.and("procedure", f.procedureCode().trim());
        }
        if (f.query() != null && !f.query().isBlank()) {
            where.append(" and (code like :q escape '\\' or lower(applicantName) like :qn escape '\\')");
            // % and _ typed by the user are searched for, not wildcards
            p.and("q", SearchText.likePattern(f.query().trim()))
                    .and("qn", SearchText.likePattern(f.query().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        return Page.ofCapped(
                find(
                        where.toString(),
                        Sort.by("closedAt", Sort.NullPrecedence.NULLS_FIRST)
                                .and("dueAt", Sort.Direction.Ascending)
                                .and("id"),
                        p),
                page,
                countCap,
                limit -> countUpTo(where.toString(), p, limit));
    }

    /**
     * The worklist counts at most this many matches (Page.totalCapped): a unit's subtree holds about a million
     * dossiers at 10 M per province, and an exact count of them took seconds (docs/performance.md).
     */
    public static final int WORKLIST_COUNT_CAP = 10_000;

    /** How many dossiers match, counting no further than {@code limit}. */
    private int countUpTo(String where, Parameters p, int limit) {
        var q = getEntityManager().createQuery("select id from Dossier where " + where, Long.class);
        p.map().forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList().size();
    }

    /** Open dossiers whose due time passed and that were not yet marked overdue (uses the open-dossier index). */
    public List<Dossier> newlyOverdue(OffsetDateTime now, int limit) {
        // served by the partial index dossier_overdue_watch (open, not yet marked)
        return find(
                        "closedAt is null and overdueMarkedAt is null and dueAt < ?1 and status in ?2 order by dueAt",
                        now,
                        runningStatuses())
                .page(0, limit)
                .list();
    }

    /** Open dossiers due before {@code until} and not yet alerted. */
    public List<Dossier> dueSoonCandidates(OffsetDateTime now, OffsetDateTime until, int limit) {
        return find(
                        "closedAt is null and dueAt >= ?1 and dueAt < ?2 and dueSoonAlertedAt is null and status in ?3 order by dueAt",
                        now,
                        until,
                        runningStatuses())
                .page(0, limit)
                .list();
    }

    /** Open and not paused: the clock runs. */
    public static List<DossierStatus> runningStatuses() {
        return List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING);
    }

    public static List<DossierStatus> openStatuses() {
        return List.of(
                DossierStatus.RECEIVED,
                DossierStatus.PROCESSING,
                DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION);
    }
}
