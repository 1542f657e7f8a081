package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.dossiers.domain.WorkCounts;
import vn.cchc.dossiers.domain.calendar.DueSoon;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * The staff dashboard's counts of open work (docs/domain/dossiers.md §3.11) over the worklist's scope
 * ({@link AccessPolicy#listScope}): the counts come from the same predicates as the worklist filters that list them
 * ({@code DossierRepository.predicate}), and "due soon" from the worklist's row warning ({@link DueSoon}).
 */
@ApplicationScoped
public class DossierWorkload {

    private final DossierRepository dossiers;
    private final UnitCopyRepository units;
    private final OfficialCalendarService calendars;
    private final Clock clock;

    public DossierWorkload(
            DossierRepository dossiers, UnitCopyRepository units, OfficialCalendarService calendars, Clock clock) {
        this.dossiers = dossiers;
        this.units = units;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** One unit's counts, with its name from the unit copy. */
    public record UnitLine(String unitCode, String unitName, WorkCounts counts) {}

    /**
     * The counts of a scope at {@code asOf}.
     *
     * @param scopeUnitCode the unit whose subtree is counted (the caller's unit; the province for province-wide roles)
     * @param dueSoonUntil  the end (exclusive) of the due-soon window
     * @param units         per unit of the scope, in tree order; empty when the caller does not get them
     */
    public record Summary(
            String scopeUnitCode,
            OffsetDateTime asOf,
            OffsetDateTime dueSoonUntil,
            WorkCounts counts,
            List<UnitLine> units) {}

    /**
     * The end of the due-soon window at {@code now} in the calendar of the province of {@code scopePath}: the
     * worklist's {@code due=SOON} filter and the counts both use it.
     */
    public OffsetDateTime soonUntil(String scopePath, OffsetDateTime now) {
        var cal = calendars.forProvince(Jurisdiction.rootOf(scopePath));
        return DossierService.offset(DueSoon.windowEnd(DossierService.local(now), cal));
    }

    /** The caller's counts (403 without a known unit or a role that has a worklist, as for the worklist). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary of(Subject caller, String scopePath) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime soon = soonUntil(scopePath, now);
        var counts = dossiers.workCounts(scopePath, now, soon);
        WorkCounts total = counts.total();
        List<UnitLine> lines = List.of();
        if (AccessPolicy.workCountsPerUnit(caller) && !total.isEmpty()) {
            var perUnit = counts.units();
            Map<String, UnitCopy> known =
                    units
                            .byCodes(perUnit.stream()
                                    .map(DossierRepository.UnitWorkCounts::unitCode)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(UnitCopy::getCode, Function.identity()));
            lines = perUnit.stream()
                    .sorted(Comparator.comparing((DossierRepository.UnitWorkCounts u) -> known.containsKey(u.unitCode())
                            ? known.get(u.unitCode()).getPath()
                            : "~" + u.unitCode()))
                    .map(u -> new UnitLine(
                            u.unitCode(),
                            known.containsKey(u.unitCode())
                                    ? known.get(u.unitCode()).getName()
                                    : null,
                            u.counts()))
                    .toList();
        }
        String scopeUnit =
                scopePath.substring(scopePath.lastIndexOf('/', scopePath.length() - 2) + 1, scopePath.length() - 1);
        return new Summary(scopeUnit, now, soon, total, lines);
    }
}
