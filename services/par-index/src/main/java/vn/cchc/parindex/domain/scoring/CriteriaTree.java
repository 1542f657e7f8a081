package vn.cchc.parindex.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.cchc.shared.problem.Problem.Violation;
import vn.cchc.shared.problem.Violations;

/**
 * The tree of a criteria set: lĩnh vực (fields) → tiêu chí → tiêu chí thành phần, any depth. Leaves carry a
 * scoring method and rule; inner nodes add up their children. Plain Java.
 */
public final class CriteriaTree {

    /** Most points of any node (a set has at most 1000). */
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    /** One node. {@code indicatorKey} names the automatic indicator or the survey item of a leaf. */
    public record Node(
            String code,
            String name,
            BigDecimal maxPoints,
            ScoringMethod method,
            String indicatorKey,
            ScoringRule rule,
            boolean sample,
            List<Node> children) {
        public Node {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public boolean isLeaf() {
            return children.isEmpty();
        }

        /** Whether its maximum belongs to the parent's maximum (bonus and penalty nodes do not). */
        public boolean counted() {
            return !isLeaf()
                    || rule == null
                    || rule.type() == null
                    || rule.type().countsTowardsMaximum();
        }
    }

    private final BigDecimal maxPoints;
    private final List<Node> fields;

    public CriteriaTree(BigDecimal maxPoints, List<Node> fields) {
        this.maxPoints = maxPoints;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public BigDecimal maxPoints() {
        return maxPoints;
    }

    public List<Node> fields() {
        return fields;
    }

    /** Every node depth first, parents before children. */
    public void forEach(Consumer<Node> visitor) {
        fields.forEach(f -> visit(f, visitor));
    }

    private static void visit(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        node.children().forEach(c -> visit(c, visitor));
    }

    public List<Node> leaves() {
        List<Node> leaves = new ArrayList<>();
        forEach(n -> {
            if (n.isLeaf()) {
                leaves.add(n);
            }
        });
        return leaves;
    }

    public Map<String, Node> byCode() {
        Map<String, Node> map = new LinkedHashMap<>();
        forEach(n -> map.put(n.code(), n));
        return map;
    }

    /**
     * Every broken rule, each naming the node by its path in the request ({@code fields[0].children[2].maxPoints})
     * and its code: codes unique and well-formed, leaves with a method and a usable rule, indicator keys where
     * needed, and the totals: counted children add up to their parent, fields add up to the set.
     */
    public List<Violation> check(Set<String> automaticKeys) {
        return checkAll(automaticKeys).list();
    }

    /** As {@link #check}, bounded: the first {@link Violations#MAX_KEPT} violations and the total. */
    public Violations checkAll(Set<String> automaticKeys) {
        return inspect(automaticKeys).violations();
    }

    /**
     * A totals mismatch (violation rule {@code totals}, named by {@code field}): the counted children of node
     * {@code code} (null: the fields of the set) add up to {@code sum} points, its maximum is {@code max}.
     */
    public record Mismatch(String field, String code, BigDecimal sum, BigDecimal max) {}

    /**
     * What {@link #checkAll} finds, with the totals: the violations (bounded), the totals mismatches among them (as
     * many as the violations kept at most) and the counted sum of the fields.
     */
    public record Check(Violations violations, List<Mismatch> mismatches, BigDecimal fieldsTotal) {}

    /** The one check of a tree, run on save, on activation and by the editor's tree check (nothing written). */
    public Check inspect(Set<String> automaticKeys) {
        Violations violations = new Violations();
        List<Mismatch> mismatches = new ArrayList<>();
        BigDecimal sum = sumCounted(fields);
        if (fields.isEmpty()) {
            violations.add(new Violation("fields", "notEmpty", "a set needs at least one field (lĩnh vực)"));
            return new Check(violations, List.of(), sum);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            check(fields.get(i), "fields[" + i + "]", null, codes, automaticKeys, violations, mismatches);
        }
        if (maxPoints != null && sum.compareTo(maxPoints) != 0) {
            violations.add(new Violation(
                    "maxPoints",
                    "totals",
                    "the fields add up to " + plain(sum) + " points, the set's maximum is " + plain(maxPoints)));
            keep(mismatches, new Mismatch("maxPoints", null, sum, maxPoints));
        }
        return new Check(violations, List.copyOf(mismatches), sum);
    }

    private static void keep(List<Mismatch> mismatches, Mismatch m) {
        if (mismatches.size() < Violations.MAX_KEPT) {
            mismatches.add(m);
        }
    }

    private static void check(
            Node node,
            String path,
            Node parent,
            Set<String> codes,
            Set<String> automaticKeys,
            Violations out,
            List<Mismatch> mismatches) {
        String label = " (" + node.code() + ")";
        if (node.code() == null || !CODE.matcher(node.code()).matches()) {
            out.add(new Violation(path + ".code", "pattern", "a code such as 1, 1.2 or 1.2.a is required"));
        } else if (!codes.add(node.code())) {
            out.add(new Violation(path + ".code", "unique", "code " + node.code() + " appears twice"));
        } else if (parent != null && parent.code() != null && !node.code().startsWith(parent.code() + ".")) {
            out.add(new Violation(
                    path + ".code",
                    "prefix",
                    "code " + node.code() + " must start with its parent's code " + parent.code() + "."));
        }
        if (node.name() == null || node.name().isBlank()) {
            out.add(new Violation(path + ".name", "notBlank", "a name is required" + label));
        }
        if (node.maxPoints() == null
                || node.maxPoints().signum() < 0
                || node.maxPoints().scale() > 2
                || node.maxPoints().compareTo(MAX_POINTS) > 0) {
            out.add(new Violation(
                    path + ".maxPoints", "points", "must be from 0 to 1000 with at most two decimals" + label));
            return;
        }
        if (node.isLeaf()) {
            if (node.method() == null) {
                out.add(new Violation(path + ".method", "required", "a leaf needs a scoring method" + label));
            }
            if (node.rule() == null) {
                out.add(new Violation(path + ".rule", "required", "a leaf needs a scoring rule" + label));
            } else {
                for (String[] p : node.rule().check(node.maxPoints())) {
                    out.add(new Violation(path + ".rule." + p[0], "rule", p[1] + label));
                }
            }
            if (node.method() == ScoringMethod.AUTOMATIC
                    && (node.indicatorKey() == null || !automaticKeys.contains(node.indicatorKey()))) {
                out.add(new Violation(
                        path + ".indicatorKey",
                        "indicatorKey",
                        "an automatic criterion needs one of the indicator keys "
                                + automaticKeys.stream().sorted().toList() + label));
            }
            if (node.method() == ScoringMethod.SURVEY
                    && (node.indicatorKey() == null || node.indicatorKey().isBlank())) {
                out.add(new Violation(
                        path + ".indicatorKey",
                        "indicatorKey",
                        "a survey criterion needs the survey item key" + label));
            }
            if (node.method() != ScoringMethod.SELF_APPRAISED
                    && node.method() != null
                    && node.rule() != null
                    && node.rule().type() == RuleType.MANUAL) {
                out.add(new Violation(
                        path + ".rule.type", "rule", "a MANUAL rule is only for self-appraised criteria" + label));
            }
            return;
        }
        for (int i = 0; i < node.children().size(); i++) {
            check(node.children().get(i), path + ".children[" + i + "]", node, codes, automaticKeys, out, mismatches);
        }
        BigDecimal sum = sumCounted(node.children());
        if (sum.compareTo(node.maxPoints()) != 0) {
            out.add(new Violation(
                    path + ".maxPoints",
                    "totals",
                    "the children of " + node.code() + " add up to " + plain(sum) + " points, its maximum is "
                            + plain(node.maxPoints())));
            keep(mismatches, new Mismatch(path + ".maxPoints", node.code(), sum, node.maxPoints()));
        }
    }

    private static BigDecimal sumCounted(List<Node> nodes) {
        return nodes.stream()
                .filter(Node::counted)
                .map(n -> n.maxPoints() == null ? BigDecimal.ZERO : n.maxPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Points of one node and its children. {@code percent} = points / max × 100, two decimals. */
    public record NodeResult(
            String code,
            String name,
            BigDecimal points,
            BigDecimal maxPoints,
            BigDecimal percent,
            List<NodeResult> children) {}

    /** The totals of the set for given leaf scores. */
    public record Result(
            BigDecimal points, BigDecimal maxPoints, BigDecimal percent, RankGroup group, List<NodeResult> fields) {}

    /**
     * Adds leaf points (already rounded to two decimals; missing = 0) up the tree. Each inner node is clamped to
     * [0, its maximum] so that a penalty cannot take a field below zero and a bonus cannot lift it above its
     * maximum; the total is the sum of the fields. Sums are exact; only the percentage is rounded (HALF_UP).
     */
    public Result result(Map<String, BigDecimal> leafPoints) {
        List<NodeResult> results =
                fields.stream().map(f -> resultOf(f, leafPoints)).toList();
        BigDecimal total = results.stream()
                .map(NodeResult::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(ScoringRule.SCALE, RoundingMode.HALF_UP);
        BigDecimal max = maxPoints.setScale(ScoringRule.SCALE, RoundingMode.HALF_UP);
        BigDecimal percent = percent(total, max);
        return new Result(total, max, percent, RankGroup.of(percent), results);
    }

    private static NodeResult resultOf(Node node, Map<String, BigDecimal> leafPoints) {
        BigDecimal max = node.maxPoints().setScale(ScoringRule.SCALE, RoundingMode.HALF_UP);
        if (node.isLeaf()) {
            BigDecimal p = leafPoints
                    .getOrDefault(node.code(), BigDecimal.ZERO)
                    .setScale(ScoringRule.SCALE, RoundingMode.HALF_UP);
            return new NodeResult(node.code(), node.name(), p, max, node.counted() ? percent(p, max) : null, List.of());
        }
        List<NodeResult> children =
                node.children().stream().map(c -> resultOf(c, leafPoints)).toList();
        BigDecimal sum = children.stream().map(NodeResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal clamped = sum.max(BigDecimal.ZERO).min(max).setScale(ScoringRule.SCALE, RoundingMode.HALF_UP);
        return new NodeResult(node.code(), node.name(), clamped, max, percent(clamped, max), children);
    }

    public static BigDecimal percent(BigDecimal points, BigDecimal max) {
        if (max == null || max.signum() == 0) {
            return null;
        }
        return points.multiply(BigDecimal.valueOf(100)).divide(max, ScoringRule.SCALE, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
