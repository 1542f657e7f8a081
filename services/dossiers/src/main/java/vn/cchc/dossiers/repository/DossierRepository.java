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
import vn.cchc.dossiers.domain.WorkCounts;
import vn.cchc.dossiers.domain.WorkQueue;
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
            WorkQueue due,
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
        return worklist(f, page, countCap(page));
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
        if (f.due() != null) {
            // the same predicate as the work count it lists (workCounts)
            String work = OPEN + " and (" + predicate(f.due()) + ")";
            where.append(" and ").append(work);
            workParameters(work, f.now(), f.soonUntil()).forEach(p::and);
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
     * The worklist counts at most this many matches beyond the first row of the page asked for (Page.totalCapped): a
     * unit's subtree holds about a million dossiers at 10 M per province; an exact count of them took seconds, and a
     * count to 10,000 still read about 7,600 table pages for the busiest one-stop centre (140 ms a request, the
     * list itself 0.3 ms; docs/performance.md "The worklist at 10 M dossiers"). Paging on moves the count on.
     */
    public static final int WORKLIST_COUNT_AHEAD = 1_000;

    /** The count cap of a page: {@link #WORKLIST_COUNT_AHEAD} matches beyond its first row. */
    static int countCap(PageRequest page) {
        return (int) Math.min(Integer.MAX_VALUE - 1L, (long) page.page() * page.size() + WORKLIST_COUNT_AHEAD);
    }

    /** How many dossiers match, counting no further than {@code limit}. */
    private int countUpTo(String where, Parameters p, int limit) {
        var q = getEntityManager().createQuery("select id from Dossier where " + where, Long.class);
        p.map().forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList().size();
    }

    // ------------------------------------------------------------------ work counts (docs/domain/dossiers.md §3.11)

    /** Open dossiers (§3.2): what every work count is bounded to; served by the partial indexes {@code where closed_at is null}. */
    static final String OPEN = "closedAt is null and status in :open";

    /**
     * The one predicate of each work count (JPQL over {@link Dossier}, within {@link #OPEN}), used by the counts
     * ({@link #workCounts}) and by the worklist filter that lists them ({@link #worklist}). Parameters: {@code :now},
     * {@code :soonUntil} (the end of the due-soon window, {@link vn.cchc.dossiers.domain.calendar.DueSoon#windowEnd}),
     * {@code :received}, {@code :processing}, {@code :running}.
     */
    static String predicate(WorkQueue q) {
        return switch (q) {
            case WAITING -> "status = :received";
            case IN_PROGRESS -> "status = :processing";
            // the row warning (DossierService.isDueSoon): clock running, not yet overdue, due by the next working day
            case DUE_SOON -> "status in :running and dueAt >= :now and dueAt < :soonUntil";
            // Dossier.isOverdue: open (paused included) and the due time passed
            case OVERDUE -> "dueAt < :now";
            // the open part of DossierMapper.lateWithoutApology
            case OVERDUE_WITHOUT_APOLOGY -> "dueAt < :now and hasApology = false";
        };
    }

    /** The parameters of {@link #OPEN} and {@link #predicate} that {@code jpql} uses (JPA rejects unused ones). */
    static java.util.Map<String, Object> workParameters(String jpql, OffsetDateTime now, OffsetDateTime soonUntil) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (jpql.contains(":open")) {
            p.put("open", openStatuses());
        }
        if (jpql.contains(":now")) {
            p.put("now", now);
        }
        if (jpql.contains(":soonUntil")) {
            p.put("soonUntil", soonUntil);
        }
        if (jpql.contains(":received")) {
            p.put("received", DossierStatus.RECEIVED);
        }
        if (jpql.contains(":processing")) {
            p.put("processing", DossierStatus.PROCESSING);
        }
        if (jpql.contains(":running")) {
            p.put("running", runningStatuses());
        }
        return p;
    }

    /** {@code count(case when <predicate> then 1 end)} for every work count, in {@link WorkQueue} order. */
    private static String countColumns() {
        StringBuilder cols = new StringBuilder();
        for (WorkQueue q : WorkQueue.values()) {
            if (!cols.isEmpty()) {
                cols.append(", ");
            }
            cols.append("count(case when ").append(predicate(q)).append(" then 1 end)");
        }
        return cols.toString();
    }

    /** The counts of a unit. */
    public record UnitWorkCounts(String unitCode, WorkCounts counts) {}

    /** The work counts of a scope: its total and, per unit of its subtree, what the worklist's unit filter lists. */
    public record ScopeWorkCounts(WorkCounts total, List<UnitWorkCounts> units) {}

    /**
     * The work counts of the dossiers the worklist shows for {@code scopePath} (received or decided inside it), with
     * the counts per unit of the scope's subtree as the worklist's {@code unitCode} filter lists them: the dossiers a
     * unit received or decides (one received at a one-stop centre and decided by its commune counts for both, and once
     * in the total). Units without open dossiers are left out; in no particular order.
     *
     * <p>Two index-only scans of open dossiers, never a read of the table or of closed dossiers: those received inside
     * the scope (V18 {@code dossier_open_receiving_work}) grouped by receiving and deciding unit, and those decided
     * inside it but received outside (V18 {@code dossier_open_deciding_work}). At 10 M dossiers (323 k open) the
     * province's counts read the table 2.5 times and took 5.6 s (docs/performance.md, "Work counts").
     */
    public ScopeWorkCounts workCounts(String scopePath, OffsetDateTime now, OffsetDateTime soonUntil) {
        String received = "select receivingUnitCode,"
                + " case when decidingUnitPath like :scope escape '\\' and decidingUnitCode <> receivingUnitCode"
                + " then decidingUnitCode end, " + countColumns() + " from Dossier where " + OPEN
                + " and receivingUnitPath like :scope escape '\\' group by 1, 2";
        String decidedOnly = "select decidingUnitCode, " + countColumns() + " from Dossier where " + OPEN
                + " and decidingUnitPath like :scope escape '\\' and receivingUnitPath not like :scope escape '\\'"
                + " group by decidingUnitCode";
        WorkCounts total = WorkCounts.ZERO;
        java.util.Map<String, WorkCounts> byUnit = new java.util.HashMap<>();
        for (Object[] row : query(received, scopePath, now, soonUntil).getResultList()) {
            WorkCounts c = WorkCounts.of(row, 2);
            total = total.plus(c);
            byUnit.merge((String) row[0], c, WorkCounts::plus);
            if (row[1] != null) {
                byUnit.merge((String) row[1], c, WorkCounts::plus);
            }
        }
        for (Object[] row : query(decidedOnly, scopePath, now, soonUntil).getResultList()) {
            WorkCounts c = WorkCounts.of(row, 1);
            total = total.plus(c);
            byUnit.merge((String) row[0], c, WorkCounts::plus);
        }
        return new ScopeWorkCounts(
                total,
                byUnit.entrySet().stream()
                        .map(e -> new UnitWorkCounts(e.getKey(), e.getValue()))
                        .toList());
    }

    private jakarta.persistence.TypedQuery<Object[]> query(
            String jpql, String scopePath, OffsetDateTime now, OffsetDateTime soonUntil) {
        var q = getEntityManager().createQuery(jpql, Object[].class);
        q.setParameter("scope", Jurisdiction.subtreePattern(scopePath));
        workParameters(jpql, now, soonUntil).forEach(q::setParameter);
        return q;
    }

    /**
     * {@link #runningStatuses()} as JPQL literals. The overdue watch's queries carry them as literals, not parameters:
     * PostgreSQL then proves the predicates of their partial indexes ({@code status in ('RECEIVED', 'PROCESSING')},
     * V19), which it cannot do for a bound parameter.
     */
    public static final String RUNNING_JPQL = runningStatuses().stream()
            .map(s -> DossierStatus.class.getName() + "." + s.name())
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /** Open dossiers whose due time passed and that were not yet marked overdue. */
    public List<Dossier> newlyOverdue(OffsetDateTime now, int limit) {
        // served by the partial index dossier_overdue_watch_running (V19: open, running, not yet marked)
        return find(
                        "closedAt is null and overdueMarkedAt is null and dueAt < ?1 and status in " + RUNNING_JPQL
                                + " order by dueAt",
                        now)
                .page(0, limit)
                .list();
    }

    /** Open dossiers due before {@code until} and not yet alerted. */
    public List<Dossier> dueSoonCandidates(OffsetDateTime now, OffsetDateTime until, int limit) {
        // served by the partial index dossier_due_soon_watch (V19: open, running, not yet alerted)
        return find(
                        "closedAt is null and dueAt >= ?1 and dueAt < ?2 and dueSoonAlertedAt is null and status in "
                                + RUNNING_JPQL + " order by dueAt",
                        now,
                        until)
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
