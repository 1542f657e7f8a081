package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.parindex.domain.AssessmentLevel;
import vn.cchc.parindex.domain.CriteriaNode;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.indicators.IndicatorKey;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.mapping.RuleJson;
import vn.cchc.parindex.repository.CriteriaNodeRepository;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.parindex.service.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.parindex.service.CriteriaSetDtos.NodeInput;
import vn.cchc.parindex.service.CriteriaSetDtos.TreeCheck;
import vn.cchc.parindex.service.CriteriaSetDtos.TreeProblem;
import vn.cchc.parindex.service.CriteriaSetDtos.TreeRequest;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

/** Criteria sets: header, tree (checked as a whole), DRAFT → ACTIVE → RETIRED. */
@ApplicationScoped
public class CriteriaSetService {

    public static final String DRAFT = "DRAFT";
    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";
    /** Largest tree of a set (nodes) and deepest (levels: lĩnh vực = 1). */
    public static final int MAX_NODES = 5000;

    public static final int MAX_DEPTH = 6;

    /** A set with its tree, both as stored and as the domain tree. */
    public record SetWithTree(CriteriaSet set, List<CriteriaNode> nodes, CriteriaTree tree) {}

    private final CriteriaSetRepository sets;
    private final CriteriaNodeRepository nodes;
    private final RuleJson rules;
    private final AccessPolicy access;
    private final Validator validator;
    private final Clock clock;

    public CriteriaSetService(
            CriteriaSetRepository sets,
            CriteriaNodeRepository nodes,
            RuleJson rules,
            AccessPolicy access,
            Validator validator,
            Clock clock) {
        this.sets = sets;
        this.nodes = nodes;
        this.rules = rules;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the caller's operations (access checked here)

    /** Sets the caller may see, newest year first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CriteriaSet> search(Integer year, Caller caller, PageRequest page) {
        return sets.search(year, access.setScope(caller), page);
    }

    /** A set with its tree, if the caller may see it (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SetWithTree visible(long id, Caller caller) {
        access.requireReader(caller);
        CriteriaSet set = find(id);
        access.requireSetVisible(caller, set);
        return load(set);
    }

    /**
     * A new DRAFT set of the caller's province (admins only: 403 before the body is looked at; another province's
     * set 403); the body is then checked: bounds of the tree, fields, totals (400, nothing written).
     */
    @Transactional
    public CriteriaSet create(CreateCriteriaSetRequest request, Caller caller) {
        access.requireSetAdmin(caller);
        if (request == null) {
            throw ProblemException.invalid("body", "required", Messages.CRITERIA_SET_DOCUMENT_REQUIRED);
        }
        if (request.province() != null && !request.province().strip().isEmpty()) {
            access.requireSetAdminOf(caller, request.province().strip());
        }
        checkBounds(request.fields(), "fields");
        Bodies.requireValid(validator, request);
        AssessmentLevel.parse(request.level(), "level");
        return create(request, caller.username());
    }

    @Transactional
    public SetWithTree replaceTree(long id, TreeRequest request, Caller caller) {
        CriteriaSet set = find(id);
        access.requireSetAdmin(caller, set);
        if (request == null) {
            throw ProblemException.invalid("body", "required", Messages.FIELDS_REQUIRED);
        }
        requireDraft(set);
        requireValid(request);
        return replaceTree(id, request.fields());
    }

    /**
     * The check the save runs ({@link #replaceTree}), on a tree being edited, for those who may save it; nothing is
     * written. A body the save refuses before checking the tree (missing, too large or deep, bean validation) is 400
     * the same way; the tree's own problems (codes, rules, totals) are the answer, with the mismatches' numbers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TreeCheck checkTree(long id, TreeRequest request, Caller caller) {
        CriteriaSet set = find(id);
        access.requireSetAdmin(caller, set);
        if (request == null) {
            throw ProblemException.invalid("body", "required", Messages.FIELDS_REQUIRED);
        }
        requireValid(request);
        CriteriaTree tree = tree(set.getMaxPoints(), request.fields());
        CriteriaTree.Check check = tree.inspect(IndicatorKey.names());
        Map<String, CriteriaTree.Mismatch> mismatches = new HashMap<>();
        check.mismatches().forEach(m -> mismatches.put(m.field(), m));
        Map<String, String> codes = new HashMap<>();
        for (int i = 0; i < tree.fields().size(); i++) {
            pathCodes(tree.fields().get(i), "fields[" + i + "]", codes);
        }
        List<TreeProblem> problems = check.violations().list().stream()
                .map(v -> {
                    CriteriaTree.Mismatch m = "totals".equals(v.rule()) ? mismatches.get(v.field()) : null;
                    return new TreeProblem(
                            v.field(),
                            v.rule(),
                            v.message(),
                            m == null ? codeOf(v.field(), codes) : m.code(),
                            m == null ? null : m.sum(),
                            m == null ? null : m.max());
                })
                .toList();
        List<String> notCounted = new ArrayList<>();
        tree.forEach(n -> {
            if (!n.counted()) {
                notCounted.add(n.code());
            }
        });
        return new TreeCheck(
                check.violations().isEmpty(),
                check.fieldsTotal(),
                set.getMaxPoints(),
                problems,
                check.violations().total(),
                notCounted);
    }

    private static void pathCodes(CriteriaTree.Node node, String path, Map<String, String> out) {
        out.put(path, node.code());
        for (int i = 0; i < node.children().size(); i++) {
            pathCodes(node.children().get(i), path + ".children[" + i + "]", out);
        }
    }

    /** The code of the node a violation's path names ({@code fields[0].children[1].rule.target} → that node's); null for the set. */
    private static String codeOf(String field, Map<String, String> codes) {
        for (String path = field;
                path != null;
                path = path.lastIndexOf('.') < 0 ? null : path.substring(0, path.lastIndexOf('.'))) {
            if (codes.containsKey(path)) {
                return codes.get(path);
            }
        }
        return null;
    }

    private void requireValid(TreeRequest request) {
        checkBounds(request.fields(), "fields");
        Bodies.requireValid(validator, request);
    }

    @Transactional
    public CriteriaSet activate(long id, Caller caller) {
        access.requireSetAdmin(caller, find(id));
        return activate(id);
    }

    @Transactional
    public CriteriaSet retire(long id, Caller caller) {
        access.requireSetAdmin(caller, find(id));
        return retire(id);
    }

    /**
     * 400 when a tree is larger than {@link #MAX_NODES} nodes or deeper than {@link #MAX_DEPTH} levels, or has a
     * null node; walks iteratively and stops at the first excess, so a huge or deep document costs little.
     */
    public static void checkBounds(List<NodeInput> fields, String field) {
        if (fields == null) {
            return;
        }
        record Item(NodeInput node, int depth, String path) {}
        java.util.ArrayDeque<Item> stack = new java.util.ArrayDeque<>();
        for (int i = fields.size() - 1; i >= 0; i--) {
            stack.push(new Item(fields.get(i), 1, field + "[" + i + "]"));
        }
        int count = 0;
        while (!stack.isEmpty()) {
            Item item = stack.pop();
            if (item.node() == null) {
                throw ProblemException.invalid(item.path(), "notNull", Messages.NODE_REQUIRED_HERE_NULL);
            }
            if (++count > MAX_NODES) {
                throw ProblemException.invalid(field, "maxNodes", Messages.SET_HAS_MOST_CRITERIA, MAX_NODES);
            }
            if (item.depth() > MAX_DEPTH) {
                throw ProblemException.invalid(item.path(), "maxDepth", Messages.SET_MOST_LEVELS_DEEP, MAX_DEPTH);
            }
            List<NodeInput> children = item.node().children();
            if (children != null) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Item(children.get(i), item.depth() + 1, item.path() + ".children[" + i + "]"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- internal (access already decided; demo data)

    /** Creates a DRAFT set; with {@code fields}, the tree too (checked: nothing is written if it is wrong). */
    @Transactional
    public CriteriaSet create(CreateCriteriaSetRequest request, String author) {
        if (sets.existsByCode(request.code().trim())) {
            throw ProblemException.conflict(
                    Messages.CRITERIA_SET_CODE_ALREADY_EXISTS, request.code().trim());
        }
        CriteriaTree tree = null;
        if (request.fields() != null && !request.fields().isEmpty()) {
            tree = checked(request.maxPoints(), request.fields());
        }
        CriteriaSet set = CriteriaSet.draft(
                request.code(),
                request.name(),
                request.year(),
                request.level(),
                request.province(),
                request.maxPoints(),
                author,
                OffsetDateTime.now(clock));
        set.describe(request.issuingDecision(), Boolean.TRUE.equals(request.sample()), request.note());
        sets.persist(set);
        if (tree != null) {
            store(set, request.fields());
        }
        return set;
    }

    @Transactional
    public SetWithTree replaceTree(long id, List<NodeInput> fields) {
        CriteriaSet set = find(id);
        requireDraft(set);
        checked(set.getMaxPoints(), fields);
        nodes.deleteOfSet(set.getId());
        store(set, fields);
        set.touch(OffsetDateTime.now(clock));
        return load(set);
    }

    @Transactional
    public CriteriaSet activate(long id) {
        SetWithTree s = get(id);
        if (s.nodes().isEmpty()) {
            throw ProblemException.conflict(
                    Messages.SET_HAS_CRITERIA_YET, s.set().getCode());
        }
        s.tree().checkAll(IndicatorKey.names()).throwIfAny();
        if (!s.set().move(DRAFT, ACTIVE, OffsetDateTime.now(clock))) {
            throw ProblemException.conflict(
                    Messages.ONLY_DRAFT_SET_CAN_ACTIVATED,
                    s.set().getCode(),
                    s.set().getStatus());
        }
        return s.set();
    }

    @Transactional
    public CriteriaSet retire(long id) {
        CriteriaSet set = find(id);
        if (!set.move(ACTIVE, RETIRED, OffsetDateTime.now(clock))) {
            throw ProblemException.conflict(Messages.ONLY_ACTIVE_SET_CAN_RETIRED, set.getCode(), set.getStatus());
        }
        return set;
    }

    /** A set with its tree, without an access check (assessments of a visible assessment, demo data). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SetWithTree get(long id) {
        return load(find(id));
    }

    private CriteriaSet find(long id) {
        return sets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Messages.CRITERIA_SET, id));
    }

    private static void requireDraft(CriteriaSet set) {
        if (!DRAFT.equals(set.getStatus())) {
            throw ProblemException.conflict(Messages.ONLY_DRAFT_SET_CAN_EDITED, set.getCode(), set.getStatus());
        }
    }

    public SetWithTree load(CriteriaSet set) {
        List<CriteriaNode> stored = nodes.ofSet(set.getId());
        return new SetWithTree(set, stored, toTree(set, stored));
    }

    /** The request tree as the domain tree; 400 with every broken rule, named by the node's path. */
    public CriteriaTree checked(java.math.BigDecimal maxPoints, List<NodeInput> fields) {
        CriteriaTree tree = tree(maxPoints, fields);
        tree.checkAll(IndicatorKey.names()).throwIfAny();
        return tree;
    }

    private static CriteriaTree tree(java.math.BigDecimal maxPoints, List<NodeInput> fields) {
        checkBounds(fields, "fields");
        return new CriteriaTree(
                maxPoints, fields.stream().map(CriteriaSetService::toNode).toList());
    }

    static CriteriaTree.Node toNode(NodeInput n) {
        List<CriteriaTree.Node> children = n.children() == null
                ? List.of()
                : n.children().stream().map(CriteriaSetService::toNode).toList();
        return new CriteriaTree.Node(
                n.code() == null ? null : n.code().trim(),
                n.name(),
                n.maxPoints(),
                children.isEmpty() ? n.method() : null,
                children.isEmpty() ? n.indicatorKey() : null,
                children.isEmpty() ? n.rule() : null,
                Boolean.TRUE.equals(n.sample()),
                children);
    }

    private void store(CriteriaSet set, List<NodeInput> fields) {
        for (int i = 0; i < fields.size(); i++) {
            store(set, null, toNode(fields.get(i)), 0, i);
        }
    }

    private void store(CriteriaSet set, Long parentId, CriteriaTree.Node node, int depth, int position) {
        CriteriaNode row = new CriteriaNode(
                set.getId(),
                parentId,
                node.code(),
                node.name().trim(),
                depth,
                position,
                node.maxPoints(),
                node.method() == null ? null : node.method().name(),
                node.indicatorKey(),
                node.rule() == null ? null : node.rule().type().name(),
                rules.write(node.rule()),
                node.sample());
        nodes.persist(row);
        nodes.flush();
        for (int i = 0; i < node.children().size(); i++) {
            store(set, row.getId(), node.children().get(i), depth + 1, i);
        }
    }

    private CriteriaTree toTree(CriteriaSet set, List<CriteriaNode> stored) {
        Map<Long, List<CriteriaNode>> byParent = new HashMap<>();
        for (CriteriaNode n : stored) {
            byParent.computeIfAbsent(n.getParentId(), k -> new ArrayList<>()).add(n);
        }
        byParent.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(CriteriaNode::getPosition)));
        return new CriteriaTree(set.getMaxPoints(), build(byParent, null));
    }

    private List<CriteriaTree.Node> build(Map<Long, List<CriteriaNode>> byParent, Long parent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(n -> new CriteriaTree.Node(
                        n.getCode(),
                        n.getName(),
                        n.getMaxPoints(),
                        n.getMethod() == null ? null : ScoringMethod.valueOf(n.getMethod()),
                        n.getIndicatorKey(),
                        rules.read(n.getRuleJson()),
                        n.isSample(),
                        build(byParent, n.getId())))
                .toList();
    }
}
