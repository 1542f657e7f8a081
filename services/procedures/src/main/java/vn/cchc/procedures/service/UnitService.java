package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.DateRange;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.UnitKind;
import vn.cchc.procedures.domain.UnitLevel;
import vn.cchc.procedures.event.UnitEvents;
import vn.cchc.procedures.repository.UnitLevelRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/** Administrative units: the tree, validity, mergers, import; every change announced as {@code UnitChanged}. */
@ApplicationScoped
public class UnitService {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-_]{0,59}");
    /** Length of the path column: the deepest tree a unit may sit in. */
    static final int MAX_PATH = 2000;

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

    public record ImportResult(int created, int updated) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminUnit> search(
            String q, UnitKind kind, String level, String parent, LocalDate asOf, PageRequest page) {
        return units.search(q, kind, level, parent, asOf, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminUnit get(String code) {
        return units.findByCode(code).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, code));
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
        Violations v = new Violations();
        check(cmd, "", Map.of(), levelCodes(), this::find, v);
        v.throwIfAny();
        if (units.findByCode(cmd.code().trim()).isPresent()) {
            throw ProblemException.conflict(
                    Messages.UNIT_CODE_ALREADY_EXISTS, cmd.code().trim());
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
        UnitCommand withCode = new UnitCommand(
                code,
                cmd.name(),
                cmd.kind(),
                cmd.level(),
                cmd.parentCode(),
                cmd.validFrom(),
                cmd.validTo(),
                cmd.successorCode(),
                cmd.receivesDossiers(),
                cmd.fields());
        Violations v = new Violations();
        check(withCode, "", Map.of(), levelCodes(), this::find, v);
        if (withCode.validFrom() != null && DateRange.ok(withCode.validFrom())) {
            for (AdminUnit child : units.children(unit.getCode())) {
                if (child.getValidFrom().isBefore(withCode.validFrom())) {
                    v.add(
                            "validFrom",
                            "notAfterChildren",
                            Messages.UNIT_BELOW_VALID_FROM_UNIT,
                            child.getCode(),
                            child.getValidFrom());
                    break;
                }
            }
        }
        v.throwIfAny();
        String oldPath = unit.getPath();
        String parent =
                blank(withCode.parentCode()) ? null : withCode.parentCode().trim();
        String newPath = (parent == null ? "/" : find(parent).orElseThrow().getPath()) + unit.getCode() + "/";
        if (!newPath.equals(oldPath)) {
            int deepest = units.subtree(oldPath).stream()
                    .mapToInt(d -> d.getPath().length())
                    .max()
                    .orElse(oldPath.length());
            if (deepest - oldPath.length() + newPath.length() > MAX_PATH) {
                throw ProblemException.invalid(
                        "parentCode", "maxDepth", Messages.TREE_WOULD_DEEPER_THAN_PATHS, MAX_PATH);
            }
        }
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
        if (!DateRange.ok(lastDay)) {
            throw ProblemException.invalid("lastDay", DateRange.RULE, DateRange.TEXT);
        }
        AdminUnit successor = units.findByCode(successorCode)
                .orElseThrow(() -> ProblemException.invalid("successorCode", "exists", Messages.UNIT_2, successorCode));
        if (successor.getCode().equals(unit.getCode())) {
            throw ProblemException.invalid("successorCode", "notSelf", Messages.UNIT_CANNOT_MERGED_INTO_ITSELF);
        }
        if (unit.getValidTo() != null && unit.getSuccessorCode() != null) {
            throw ProblemException.conflict(
                    Messages.UNIT_ALREADY_MERGED_INTO, code, unit.getSuccessorCode(), unit.getValidTo());
        }
        if (lastDay.isBefore(unit.getValidFrom())) {
            throw ProblemException.invalid(
                    "lastDay", "notBeforeValidFrom", Messages.MUST_BEFORE_UNIT_S_VALIDFROM, unit.getValidFrom());
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
        Violations violations = new Violations();
        Map<String, UnitCommand> byCode = new LinkedHashMap<>();
        Set<String> referenced = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitCommand row = rows.get(i);
            if (row == null) {
                violations.add("rows[" + i + "]", "required", Messages.EMPTY_ROW);
                continue;
            }
            if (row.code() != null && byCode.putIfAbsent(row.code().trim(), row) != null) {
                violations.add("rows[" + i + "].code", "unique", Messages.CODE_APPEARS_TWICE, row.code());
            }
            for (String c : new String[] {row.code(), row.parentCode(), row.successorCode()}) {
                if (!blank(c)) {
                    referenced.add(c.trim());
                }
            }
        }
        Map<String, AdminUnit> known = units.byCodes(referenced);
        Set<String> levelCodes = levelCodes();
        Function<String, Optional<AdminUnit>> lookup = c -> Optional.ofNullable(known.get(c));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                check(rows.get(i), "rows[" + i + "].", byCode, levelCodes, lookup, violations);
            }
        }
        // order parents before children; a cycle inside the file is an error
        List<UnitCommand> ordered = violations.isEmpty() ? order(rows, byCode, known, violations) : List.of();
        violations.throwIfAny();
        Map<String, AdminUnit> written = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (UnitCommand row : ordered) {
            AdminUnit unit = known.get(row.code().trim());
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

    /**
     * Rows in an order that puts every parent before its children (iteratively: a file may hold a chain of
     * thousands), refusing cycles and trees deeper than the paths allow.
     */
    private static List<UnitCommand> order(
            List<UnitCommand> rows,
            Map<String, UnitCommand> byCode,
            Map<String, AdminUnit> known,
            Violations violations) {
        List<UnitCommand> ordered = new ArrayList<>();
        Map<String, Integer> pathLength = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String start = rows.get(i).code().trim();
            if (pathLength.containsKey(start)) {
                continue;
            }
            // walk up through rows of the file not placed yet
            List<String> chain = new ArrayList<>();
            Set<String> visiting = new HashSet<>();
            String code = start;
            boolean cycle = false;
            while (code != null && byCode.containsKey(code) && !pathLength.containsKey(code)) {
                if (!visiting.add(code)) {
                    cycle = true;
                    break;
                }
                chain.add(code);
                String parent = byCode.get(code).parentCode();
                code = blank(parent) ? null : parent.trim();
            }
            if (cycle) {
                violations.add("rows[" + i + "].parentCode", "noCycle", Messages.PARENT_CHAIN_LOOPS_BACK, start);
                return List.of();
            }
            int base = code == null
                    ? 1
                    : pathLength.containsKey(code)
                            ? pathLength.get(code)
                            : known.containsKey(code)
                                    ? known.get(code).getPath().length()
                                    : 1;
            for (int k = chain.size() - 1; k >= 0; k--) {
                String c = chain.get(k);
                base = base + c.length() + 1;
                if (base > MAX_PATH) {
                    violations.add(
                            "rows[" + i + "].parentCode",
                            "maxDepth",
                            Messages.TREE_DEEPER_THAN_PATHS_ALLOW,
                            c,
                            MAX_PATH);
                    return List.of();
                }
                pathLength.put(c, base);
                ordered.add(byCode.get(c));
            }
        }
        return ordered;
    }

    /** Field rules and references; {@code pending} holds units of the same import that count as existing. */
    private void check(
            UnitCommand cmd,
            String prefix,
            Map<String, UnitCommand> pending,
            Set<String> levelCodes,
            Function<String, Optional<AdminUnit>> lookup,
            Violations v) {
        if (blank(cmd.code()) || !CODE.matcher(cmd.code().trim()).matches()) {
            v.add(prefix + "code", "format", Messages.LETTERS_DIGITS_MOST);
        }
        if (blank(cmd.name())) {
            v.add(prefix + "name", "required", Messages.MUST_BLANK);
        } else if (cmd.name().length() > 300) {
            v.add(prefix + "name", "maxLength", Messages.MOST_CHARACTERS);
        }
        if (cmd.kind() == null) {
            v.add(prefix + "kind", "required", Messages.ONE_ADMINISTRATION_AGENCY_ONE_STOP);
        }
        if (blank(cmd.level()) || !levelCodes.contains(cmd.level().trim())) {
            v.add(
                    prefix + "level",
                    "exists",
                    Messages.ONE,
                    levelCodes.stream().sorted().toList());
        }
        boolean datesOk = true;
        if (cmd.validFrom() == null) {
            v.add(prefix + "validFrom", "required", Messages.FIRST_DAY_UNIT_EXISTS);
            datesOk = false;
        } else if (!DateRange.ok(cmd.validFrom())) {
            v.add(prefix + "validFrom", DateRange.RULE, DateRange.TEXT);
            datesOk = false;
        }
        if (!DateRange.ok(cmd.validTo())) {
            v.add(prefix + "validTo", DateRange.RULE, DateRange.TEXT);
        } else if (datesOk && cmd.validTo() != null && cmd.validTo().isBefore(cmd.validFrom())) {
            v.add(prefix + "validTo", "notBeforeValidFrom", Messages.MUST_BEFORE_VALIDFROM);
        }
        String code = blank(cmd.code()) ? "" : cmd.code().trim();
        if (!blank(cmd.parentCode())) {
            String parent = cmd.parentCode().trim();
            LocalDate parentFrom = null;
            if (parent.equals(code)) {
                v.add(prefix + "parentCode", "notSelf", Messages.UNIT_CANNOT_OWN_PARENT);
            } else if (pending.containsKey(parent)) {
                parentFrom = pending.get(parent).validFrom();
            } else {
                AdminUnit p = lookup.apply(parent).orElse(null);
                if (p == null) {
                    v.add(prefix + "parentCode", "exists", Messages.UNIT_2, parent);
                } else if (!code.isEmpty() && p.getPath().contains("/" + code + "/")) {
                    v.add(prefix + "parentCode", "noCycle", Messages.BELOW, parent, code);
                } else {
                    parentFrom = p.getValidFrom();
                }
            }
            if (datesOk && parentFrom != null && cmd.validFrom().isBefore(parentFrom)) {
                v.add(prefix + "validFrom", "notBeforeParent", Messages.MUST_BEFORE_PARENT_S_VALIDFROM, parentFrom);
            }
        }
        if (!blank(cmd.successorCode())) {
            String successor = cmd.successorCode().trim();
            if (successor.equals(code)) {
                v.add(prefix + "successorCode", "notSelf", Messages.UNIT_CANNOT_SUCCEED_ITSELF);
            } else if (!pending.containsKey(successor)
                    && lookup.apply(successor).isEmpty()) {
                v.add(prefix + "successorCode", "exists", Messages.UNIT_2, successor);
            }
        }
        if (cmd.fields() != null && cmd.fields().size() > 200) {
            v.add(prefix + "fields", "maxItems", Messages.MOST_FIELDS);
        }
    }

    private Optional<AdminUnit> find(String code) {
        return units.findByCode(code);
    }

    private Set<String> levelCodes() {
        return levels.listAll().stream().map(UnitLevel::getCode).collect(Collectors.toSet());
    }

    private void write(AdminUnit unit, UnitCommand cmd, String author, Map<String, AdminUnit> written) {
        String parentCode = blank(cmd.parentCode()) ? null : cmd.parentCode().trim();
        String parentPath = null;
        if (parentCode != null) {
            AdminUnit parent = written.containsKey(parentCode)
                    ? written.get(parentCode)
                    : units.findByCode(parentCode).orElseThrow();
            parentPath = parent.getPath();
        }
        List<String> fields = cmd.fields() == null
                ? List.of()
                : cmd.fields().stream()
                        .filter(f -> !blank(f))
                        .map(String::trim)
                        .distinct()
                        .toList();
        unit.write(
                cmd.name(),
                cmd.kind(),
                cmd.level().trim(),
                parentCode,
                parentPath,
                cmd.validFrom(),
                cmd.validTo(),
                blank(cmd.successorCode()) ? null : cmd.successorCode().trim(),
                cmd.receivesDossiers(),
                fields,
                author,
                OffsetDateTime.now(clock));
    }

    /** The unit moved: its descendants' paths follow, each announced. */
    private void movePaths(AdminUnit unit, String oldPath) {
        for (AdminUnit d : units.subtree(oldPath)) {
            if (d.getCode().equals(unit.getCode())) {
                continue;
            }
            String parentPath = unit.getPath()
                    + d.getPath()
                            .substring(
                                    oldPath.length(),
                                    d.getPath().length() - d.getCode().length() - 1);
            d.reparent(parentPath, OffsetDateTime.now(clock));
            events.changed(d);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
