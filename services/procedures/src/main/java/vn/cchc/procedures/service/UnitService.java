package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.UnitKind;
import vn.cchc.procedures.domain.UnitLevel;
import vn.cchc.procedures.event.UnitEvents;
import vn.cchc.procedures.repository.UnitLevelRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Administrative units: the tree, validity, mergers, import; every change announced as {@code UnitChanged}. */
@ApplicationScoped
public class UnitService {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-_]{0,59}");

    private final UnitRepository units;
    private final UnitLevelRepository levels;
    private final UnitEvents events;
    private final Clock clock;

    public UnitService(UnitRepository units, UnitLevelRepository levels, UnitEvents events, Clock clock) {
        this.units = units;
        this.levels = levels;
        this.events = events;
        this.clock = clock;
    }

    public record ImportResult(int created, int updated) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminUnit> search(String q, UnitKind kind, String level, String parent, LocalDate asOf, PageRequest page) {
        return units.search(q, kind, level, parent, asOf, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminUnit get(String code) {
        return units.findByCode(code).orElseThrow(() -> ProblemException.notFound("No unit " + code + "."));
    }

    /** Code → name for the units among {@code codes} (unknown codes are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(java.util.Collection<String> codes) {
        return units.byCodes(codes.stream().filter(c -> c != null).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(AdminUnit::getCode, AdminUnit::getName));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdminUnit> children(String code) {
        get(code);
        return units.children(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitLevel> levels() {
        return levels.ordered();
    }

    @Transactional
    public AdminUnit create(UnitCommand cmd, String author) {
        List<Problem.Violation> v = check(cmd, "", Map.of());
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        if (units.findByCode(cmd.code().trim()).isPresent()) {
            throw ProblemException.conflict("A unit with code " + cmd.code().trim() + " already exists.");
        }
        AdminUnit unit = new AdminUnit(cmd.code());
        write(unit, cmd, author, Map.of());
        units.persistAndFlush(unit);
        events.changed(unit);
        return unit;
    }

    @Transactional
    public AdminUnit update(String code, UnitCommand cmd, String author) {
        AdminUnit unit = get(code);
        UnitCommand withCode = new UnitCommand(code, cmd.name(), cmd.kind(), cmd.level(), cmd.parentCode(), cmd.validFrom(),
                cmd.validTo(), cmd.successorCode(), cmd.receivesDossiers(), cmd.fields());
        List<Problem.Violation> v = check(withCode, "", Map.of());
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        String oldPath = unit.getPath();
        write(unit, withCode, author, Map.of());
        if (!oldPath.equals(unit.getPath())) {
            movePaths(unit, oldPath);
        }
        units.flush();
        events.changed(unit);
        return unit;
    }

    /** Sáp nhập: {@code code} ends on {@code lastDay}; {@code successorCode} continues its work. */
    @Transactional
    public AdminUnit merge(String code, String successorCode, LocalDate lastDay, String author) {
        AdminUnit unit = get(code);
        AdminUnit successor = units.findByCode(successorCode)
                .orElseThrow(() -> ProblemException.invalid("successorCode", "exists", "no unit " + successorCode));
        if (successor.getCode().equals(unit.getCode())) {
            throw ProblemException.invalid("successorCode", "notSelf", "a unit cannot be merged into itself");
        }
        if (unit.getValidTo() != null && unit.getSuccessorCode() != null) {
            throw ProblemException.conflict("Unit " + code + " already merged into " + unit.getSuccessorCode()
                    + " on " + unit.getValidTo() + ".");
        }
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw ProblemException.invalid("lastDay", "notBeforeValidFrom", "must not be before the unit's validFrom "
                    + unit.getValidFrom());
        }
        unit.mergeInto(successor.getCode(), lastDay, author, OffsetDateTime.now(clock));
        units.flush();
        events.changed(unit);
        return unit;
    }

    /**
     * Imports a unit list: every row checked first (parents may be earlier or later rows of the same
     * list, or existing units); nothing is written if any row fails. Existing codes are updated.
     */
    @Transactional
    public ImportResult importUnits(List<UnitCommand> rows, String author) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, UnitCommand> byCode = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitCommand row = rows.get(i);
            if (row == null) {
                violations.add(new Problem.Violation("rows[" + i + "]", "required", "empty row"));
                continue;
            }
            if (row.code() != null && byCode.putIfAbsent(row.code().trim(), row) != null) {
                violations.add(new Problem.Violation("rows[" + i + "].code", "unique", "code " + row.code() + " appears twice"));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                violations.addAll(check(rows.get(i), "rows[" + i + "].", byCode));
            }
        }
        // order parents before children; a cycle inside the file is an error
        List<UnitCommand> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < rows.size() && violations.isEmpty(); i++) {
            place(rows.get(i), byCode, placed, ordered, new HashSet<>(), i, violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, AdminUnit> existing = units.byCodes(byCode.keySet());
        Map<String, AdminUnit> written = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (UnitCommand row : ordered) {
            AdminUnit unit = existing.get(row.code().trim());
            String oldPath = unit == null ? null : unit.getPath();
            if (unit == null) {
                unit = new AdminUnit(row.code());
                write(unit, row, author, written);
                units.persist(unit);
                created++;
            } else {
                write(unit, row, author, written);
                if (!oldPath.equals(unit.getPath())) {
                    movePaths(unit, oldPath);
                }
                updated++;
            }
            written.put(unit.getCode(), unit);
            events.changed(unit);
        }
        units.flush();
        return new ImportResult(created, updated);
    }

    private void place(UnitCommand row, Map<String, UnitCommand> byCode, Set<String> placed, List<UnitCommand> ordered,
                       Set<String> visiting, int index, List<Problem.Violation> violations) {
        String code = row.code().trim();
        if (placed.contains(code)) {
            return;
        }
        if (!visiting.add(code)) {
            violations.add(new Problem.Violation("rows[" + index + "].parentCode", "noCycle",
                    "the parent chain of " + code + " loops back to it"));
            return;
        }
        String parent = blank(row.parentCode()) ? null : row.parentCode().trim();
        if (parent != null && byCode.containsKey(parent)) {
            place(byCode.get(parent), byCode, placed, ordered, visiting, index, violations);
        }
        if (placed.add(code)) {
            ordered.add(row);
        }
    }

    /** Field rules and references; {@code pending} holds units of the same import that count as existing. */
    private List<Problem.Violation> check(UnitCommand cmd, String prefix, Map<String, UnitCommand> pending) {
        List<Problem.Violation> v = new ArrayList<>();
        if (blank(cmd.code()) || !CODE.matcher(cmd.code().trim()).matches()) {
            v.add(new Problem.Violation(prefix + "code", "format", "letters, digits, '.', '-' or '_', at most 60"));
        }
        if (blank(cmd.name())) {
            v.add(new Problem.Violation(prefix + "name", "required", "must not be blank"));
        } else if (cmd.name().length() > 300) {
            v.add(new Problem.Violation(prefix + "name", "maxLength", "at most 300 characters"));
        }
        if (cmd.kind() == null) {
            v.add(new Problem.Violation(prefix + "kind", "required", "one of ADMINISTRATION, AGENCY, ONE_STOP"));
        }
        Set<String> levelCodes = levels.listAll().stream().map(UnitLevel::getCode).collect(Collectors.toSet());
        if (blank(cmd.level()) || !levelCodes.contains(cmd.level().trim())) {
            v.add(new Problem.Violation(prefix + "level", "exists", "one of " + levelCodes.stream().sorted().toList()));
        }
        if (cmd.validFrom() == null) {
            v.add(new Problem.Violation(prefix + "validFrom", "required", "the first day the unit exists"));
        } else if (cmd.validTo() != null && cmd.validTo().isBefore(cmd.validFrom())) {
            v.add(new Problem.Violation(prefix + "validTo", "notBeforeValidFrom", "must not be before validFrom"));
        }
        String code = blank(cmd.code()) ? "" : cmd.code().trim();
        if (!blank(cmd.parentCode())) {
            String parent = cmd.parentCode().trim();
            if (parent.equals(code)) {
                v.add(new Problem.Violation(prefix + "parentCode", "notSelf", "a unit cannot be its own parent"));
            } else if (!pending.containsKey(parent)) {
                AdminUnit p = units.findByCode(parent).orElse(null);
                if (p == null) {
                    v.add(new Problem.Violation(prefix + "parentCode", "exists", "no unit " + parent));
                } else if (!code.isEmpty() && p.getPath().contains("/" + code + "/")) {
                    v.add(new Problem.Violation(prefix + "parentCode", "noCycle", parent + " is below " + code));
                }
            }
        }
        if (!blank(cmd.successorCode())) {
            String successor = cmd.successorCode().trim();
            if (successor.equals(code)) {
                v.add(new Problem.Violation(prefix + "successorCode", "notSelf", "a unit cannot succeed itself"));
            } else if (!pending.containsKey(successor) && units.findByCode(successor).isEmpty()) {
                v.add(new Problem.Violation(prefix + "successorCode", "exists", "no unit " + successor));
            }
        }
        return v;
    }

    private void write(AdminUnit unit, UnitCommand cmd, String author, Map<String, AdminUnit> written) {
        String parentCode = blank(cmd.parentCode()) ? null : cmd.parentCode().trim();
        String parentPath = null;
        if (parentCode != null) {
            AdminUnit parent = written.containsKey(parentCode) ? written.get(parentCode)
                    : units.findByCode(parentCode).orElseThrow();
            parentPath = parent.getPath();
        }
        List<String> fields = cmd.fields() == null ? List.of()
                : cmd.fields().stream().filter(f -> !blank(f)).map(String::trim).distinct().toList();
        unit.write(cmd.name(), cmd.kind(), cmd.level().trim(), parentCode, parentPath, cmd.validFrom(), cmd.validTo(),
                blank(cmd.successorCode()) ? null : cmd.successorCode().trim(), cmd.receivesDossiers(), fields, author,
                OffsetDateTime.now(clock));
    }

    /** The unit moved: its descendants' paths follow, each announced. */
    private void movePaths(AdminUnit unit, String oldPath) {
        for (AdminUnit d : units.subtree(oldPath)) {
            if (d.getCode().equals(unit.getCode())) {
                continue;
            }
            String parentPath = unit.getPath() + d.getPath().substring(oldPath.length(),
                    d.getPath().length() - d.getCode().length() - 1);
            d.reparent(parentPath, OffsetDateTime.now(clock));
            events.changed(d);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
