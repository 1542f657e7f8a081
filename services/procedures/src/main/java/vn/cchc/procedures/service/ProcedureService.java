package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.DateRange;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.DecisionItem;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.ProcedureRules;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.procedures.domain.VersionOnDate;
import vn.cchc.procedures.event.ProcedureEvents;
import vn.cchc.procedures.repository.DecisionItemRepository;
import vn.cchc.procedures.repository.DecisionRepository;
import vn.cchc.procedures.repository.ProcedureRepository;
import vn.cchc.procedures.repository.ProcedureRepository.Filter;
import vn.cchc.procedures.repository.ProcedureVersionRepository;
import vn.cchc.procedures.repository.UnitLevelRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.LocalizedViolation;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.time.VietnamTime;

/**
 * Use cases of the catalogue; each public method is one transaction. Drafts are edited freely;
 * decisions publish, amend and abolish, each change with its event in the same transaction.
 */
@ApplicationScoped
public class ProcedureService {

    /** Dates in the catalogue are Vietnamese calendar dates. */
    public static final ZoneId ZONE = VietnamTime.ZONE;

    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final DecisionRepository decisions;
    private final DecisionItemRepository decisionItems;
    private final UnitRepository units;
    private final UnitLevelRepository levels;
    private final ProcedureEvents events;
    private final ComplianceService compliance;
    private final Clock clock;

    public ProcedureService(
            ProcedureRepository procedures,
            ProcedureVersionRepository versions,
            DecisionRepository decisions,
            DecisionItemRepository decisionItems,
            UnitRepository units,
            UnitLevelRepository levels,
            ProcedureEvents events,
            ComplianceService compliance,
            Clock clock) {
        this.procedures = procedures;
        this.versions = versions;
        this.decisions = decisions;
        this.decisionItems = decisionItems;
        this.units = units;
        this.levels = levels;
        this.events = events;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** The result of a recorded decision: the decision and its items. */
    public record DecisionResult(PublicationDecision decision, List<DecisionItem> items, Map<Long, String> codes) {}

    /** A procedure's history: its versions (drafts only when asked) and the decisions behind them. */
    public record History(
            Procedure procedure,
            List<ProcedureVersion> versions,
            List<DecisionItem> items,
            Map<Long, PublicationDecision> decisions) {}

    // ---------------------------------------------------------------- drafts

    /** Creates version 1 as a draft in {@code catalogue} (a province code or VN, decided by the access policy). */
    @Transactional
    public ProcedureVersion create(String code, String catalogue, ProcedureContent content, String author) {
        check(ProcedureRules.checkCode(code), "");
        checkContent(content, "");
        String trimmed = code.trim();
        if (procedures.existsByCode(trimmed)) {
            throw ProblemException.conflict(Messages.PROCEDURE_CODE_ALREADY_EXISTS, trimmed);
        }
        Procedure procedure = Procedure.create(trimmed, catalogue, author, now());
        procedures.persist(procedure);
        ProcedureVersion draft = ProcedureVersion.draft(procedure, 1, content, author, now());
        versions.persistAndFlush(draft);
        return draft;
    }

    /** Writes the pending draft: edits it, or starts the draft of the next version of a published procedure. */
    @Transactional
    public ProcedureVersion saveDraft(String code, ProcedureContent content, String author) {
        return saveDraft(code, content, author, null, false).value();
    }

    /**
     * Writes the draft if {@code ifMatch} names the procedure's current revision ({@link ETags#requireMatch}: absent
     * 428, stale 412); {@code checkMatch} false only for the demo data, which writes without a client. The check and the write are one
     * step: the procedure row is updated on its {@code @Version}, so a concurrent writer that passed the same check
     * fails at flush. Yields the draft and the new revision.
     */
    @Transactional
    public ETags.Tagged<ProcedureVersion> saveDraft(
            String code, ProcedureContent content, String author, String ifMatch, boolean checkMatch) {
        checkContent(content, "");
        Procedure procedure = require(code);
        if (checkMatch) {
            ETags.requireMatch(ifMatch, procedure.getRowVersion());
        }
        if (procedure.isAbolished()) {
            throw ProblemException.conflict(
                    Messages.PROCEDURE_ABOLISHED_FROM_CANNOT_AMENDED, code, procedure.getAbolishedOn());
        }
        ProcedureVersion draft = versions.draftOf(procedure.getId()).orElse(null);
        if (draft == null) {
            draft = ProcedureVersion.draft(procedure, procedure.nextVersion(), content, author, now());
            versions.persist(draft);
        } else {
            draft.edit(content, author, now());
        }
        procedure.touched(now());
        versions.flush();
        return new ETags.Tagged<>(draft, procedure.getRowVersion());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcedureVersion draft(String code) {
        Procedure procedure = require(code);
        return versions.draftOf(procedure.getId())
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE_HAS_PENDING_DRAFT, code));
    }

    @Transactional
    public void discardDraft(String code, String ifMatch) {
        Procedure procedure = require(code);
        ETags.requireMatch(ifMatch, procedure.getRowVersion());
        ProcedureVersion draft = versions.draftOf(procedure.getId())
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE_HAS_PENDING_DRAFT, code));
        if (!procedure.isPublished()) {
            throw ProblemException.conflict(Messages.PROCEDURE_WAS_NEVER_PUBLISHED_FIRST, code);
        }
        versions.delete(draft);
        procedure.touched(now()); // a new revision: an ETag read with the draft no longer matches
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Records a Quyết định công bố and applies each item; all items apply or none (the transaction
     * rolls back on the first refusal, which names the item).
     */
    @Transactional
    public DecisionResult recordDecision(DecisionCommand cmd, String author) {
        if (!DateRange.ok(cmd.decisionDate())) {
            throw ProblemException.invalid("decisionDate", DateRange.RULE, DateRange.TEXT);
        }
        if (!DateRange.ok(cmd.effectiveDate())) {
            throw ProblemException.invalid("effectiveDate", DateRange.RULE, DateRange.TEXT);
        }
        if (cmd.effectiveDate().isBefore(cmd.decisionDate())) {
            throw ProblemException.invalid("effectiveDate", "notBeforeDecisionDate", Messages.MUST_BEFORE_DECISIONDATE);
        }
        if (cmd.issuerCode() != null
                && !cmd.issuerCode().isBlank()
                && units.findByCode(cmd.issuerCode().trim()).isEmpty()) {
            throw ProblemException.invalid("issuerCode", "exists", Messages.UNIT_CODE, cmd.issuerCode());
        }
        List<LocalizedViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> published = new HashSet<>();
        for (int i = 0; i < cmd.items().size(); i++) {
            DecisionCommand.Item item = cmd.items().get(i);
            if (!seen.add(item.procedureCode().trim())) {
                violations.add(LocalizedViolation.of(
                        "items[" + i + "].procedureCode",
                        "unique",
                        Messages.PROCEDURE_TWICE_IN_DECISION,
                        item.procedureCode()));
            }
            if (item.action() == DecisionAction.PUBLISH) {
                published.add(item.procedureCode().trim());
            }
        }
        Map<String, Procedure> byCode = procedures.byCodes(seen);
        for (int i = 0; i < cmd.items().size(); i++) {
            DecisionCommand.Item item = cmd.items().get(i);
            if (!byCode.containsKey(item.procedureCode().trim())) {
                violations.add(LocalizedViolation.of(
                        "items[" + i + "].procedureCode",
                        "exists",
                        Messages.UNIT_CODE_PROCEDURE,
                        item.procedureCode()));
            }
            if (item.action() == DecisionAction.REPLACE) {
                String successor =
                        item.replacedBy() == null ? "" : item.replacedBy().trim();
                if (successor.isEmpty()) {
                    violations.add(LocalizedViolation.of(
                            "items[" + i + "].replacedBy", "required", Messages.REPLACE_NAMES_SUCCESSOR));
                } else if (!published.contains(successor) && !procedures.existsByCode(successor)) {
                    violations.add(LocalizedViolation.of(
                            "items[" + i + "].replacedBy", "exists", Messages.UNIT_CODE_PROCEDURE, successor));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidAll(violations);
        }
        PublicationDecision decision = new PublicationDecision(
                cmd.number(), cmd.title(), cmd.issuerCode(), cmd.decisionDate(), cmd.effectiveDate(), now(), author);
        decisions.persist(decision);
        decisions.flush();
        List<DecisionItem> items = new ArrayList<>();
        Map<Long, String> codes = new java.util.HashMap<>();
        for (int i = 0; i < cmd.items().size(); i++) {
            DecisionCommand.Item item = cmd.items().get(i);
            Procedure procedure = byCode.get(item.procedureCode().trim());
            try {
                items.add(apply(
                        decision,
                        procedure,
                        item.action(),
                        item.replacedBy() == null ? null : item.replacedBy().trim()));
            } catch (IllegalStateException e) {
                throw ProblemException.conflict("items[" + i + "] (" + procedure.getCode() + "): " + e.getMessage());
            }
            codes.put(procedure.getId(), procedure.getCode());
        }
        compliance.recomputeAfterCatalogueChange();
        return new DecisionResult(decision, items, codes);
    }

    /**
     * Applies one action of a recorded decision to a procedure and announces it.
     *
     * @throws IllegalStateException when the procedure's state does not allow the action (409)
     */
    DecisionItem apply(PublicationDecision decision, Procedure procedure, DecisionAction action, String replacedBy) {
        return apply(
                decision,
                procedure,
                action,
                replacedBy,
                versions.draftOf(procedure.getId()).orElse(null));
    }

    /** As above, with the draft already at hand (bulk import: no query per row). */
    DecisionItem apply(
            PublicationDecision decision,
            Procedure procedure,
            DecisionAction action,
            String replacedBy,
            ProcedureVersion draft) {
        LocalDate effective = decision.getEffectiveDate();
        ProcedureVersion result;
        switch (action) {
            case PUBLISH -> {
                if (procedure.isPublished()) {
                    throw new IllegalStateException("already published; a change needs an AMEND decision");
                }
                requireDraft(draft, action);
                draft.publish(decision.getId(), effective);
                procedure.published(draft.getVersion(), now());
                result = draft;
            }
            case AMEND -> {
                requireLive(procedure, action);
                requireDraft(draft, action);
                ProcedureVersion previous = versions.version(procedure.getId(), procedure.getLatestVersion())
                        .orElseThrow();
                previous.close(effective.minusDays(1));
                draft.publish(decision.getId(), effective);
                procedure.published(draft.getVersion(), now());
                result = draft;
            }
            case ABOLISH, REPLACE -> {
                requireLive(procedure, action);
                ProcedureVersion last = versions.version(procedure.getId(), procedure.getLatestVersion())
                        .orElseThrow();
                last.close(effective.minusDays(1));
                if (draft != null) {
                    versions.delete(draft);
                }
                procedure.abolished(effective, action == DecisionAction.REPLACE ? replacedBy : null, now());
                result = last;
            }
            default -> throw new IllegalArgumentException(action.name());
        }
        DecisionItem item = new DecisionItem(
                decision.getId(),
                procedure.getId(),
                action,
                result.getVersion(),
                action == DecisionAction.REPLACE ? replacedBy : null);
        decisionItems.persist(item);
        // the event carries every published version with its validity (a new procedure has only this one, so the
        // bulk import needs no query per row)
        List<ProcedureVersion> published = action == DecisionAction.PUBLISH
                ? List.of(result)
                : versions.ofProcedure(procedure.getId()).stream()
                        .filter(v -> !v.isDraft())
                        .toList();
        Map<Long, PublicationDecision> publishedBy = action == DecisionAction.PUBLISH
                ? Map.of()
                : decisions
                        .byIds(published.stream()
                                .map(ProcedureVersion::getDecisionId)
                                .filter(java.util.Objects::nonNull)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PublicationDecision::getId, d -> d));
        events.decided(procedure, result, decision, action, published, publishedBy);
        return item;
    }

    private static void requireDraft(ProcedureVersion draft, DecisionAction action) {
        if (draft == null) {
            throw new IllegalStateException(
                    "there is no draft to " + action.name().toLowerCase() + "; write the new content as a draft first");
        }
    }

    private static void requireLive(Procedure procedure, DecisionAction action) {
        if (!procedure.isPublished()) {
            throw new IllegalStateException("never published; " + action + " needs a published procedure");
        }
        if (procedure.isAbolished()) {
            throw new IllegalStateException("already abolished from " + procedure.getAbolishedOn());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicationDecision> decisions(PageRequest page) {
        return decisions.newestFirst(page);
    }

    /**
     * Decisions newest first, those taking effect from {@code effectiveFrom} to {@code effectiveTo} (inclusive) that
     * change a procedure of {@code catalogue}; null = any.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicationDecision> decisions(
            LocalDate effectiveFrom, LocalDate effectiveTo, String catalogue, PageRequest page) {
        return decisions.newestFirst(new DecisionRepository.Filter(effectiveFrom, effectiveTo, catalogue), page);
    }

    /** The total of {@link #decisions(LocalDate, LocalDate, String, PageRequest)}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDecisions(LocalDate effectiveFrom, LocalDate effectiveTo, String catalogue) {
        return decisions.count(new DecisionRepository.Filter(effectiveFrom, effectiveTo, catalogue));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionResult decision(long id) {
        PublicationDecision decision =
                decisions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Messages.DECISION, id));
        List<DecisionItem> items = decisionItems.ofDecision(id);
        Map<Long, String> codes = procedures
                .byIds(items.stream().map(DecisionItem::getProcedureId).toList())
                .stream()
                .collect(Collectors.toMap(Procedure::getId, Procedure::getCode));
        return new DecisionResult(decision, items, codes);
    }

    // ---------------------------------------------------------------- reads

    /**
     * Searches the catalogue. {@code unpublishedCatalogues}: the catalogues whose drafts and abolished procedures
     * the caller sees besides what is in force (null = every catalogue, empty = public view).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<VersionOnDate> search(
            String query,
            String field,
            String level,
            String agency,
            ProcedureState state,
            LocalDate asOf,
            Set<String> unpublishedCatalogues,
            PageRequest page) {
        boolean staff = unpublishedCatalogues == null || !unpublishedCatalogues.isEmpty();
        Set<ProcedureState> allowed = staff ? EnumSet.allOf(ProcedureState.class) : ProcedureState.PUBLIC;
        Collection<ProcedureState> states =
                state == null ? allowed : allowed.contains(state) ? Set.of(state) : Set.of();
        if (states.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return procedures.search(
                new Filter(query, field, level, agency, states, asOf == null ? today() : asOf, unpublishedCatalogues),
                page);
    }

    /**
     * The total of {@link #search} with the same arguments (no text, field, level or agency: the home page's counts),
     * on {@code asOf} (default today).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countByState(ProcedureState state, LocalDate asOf, Set<String> unpublishedCatalogues) {
        boolean staff = unpublishedCatalogues == null || !unpublishedCatalogues.isEmpty();
        if (!staff && !state.isPublic()) {
            return 0;
        }
        return procedures.count(new Filter(
                null, null, null, null, Set.of(state), asOf == null ? today() : asOf, unpublishedCatalogues));
    }

    /** As {@link #get(String, LocalDate, Predicate)}, with the same visibility for every procedure. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionOnDate get(String code, LocalDate asOf, boolean staff) {
        return get(code, asOf, p -> staff);
    }

    /**
     * The version in force on {@code asOf}; callers for whom {@code unpublished} holds also get the draft or
     * last version when none is.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionOnDate get(String code, LocalDate asOf, Predicate<Procedure> unpublished) {
        LocalDate date = asOf == null ? today() : asOf;
        Procedure procedure = procedures.findByCode(code).orElse(null);
        if (procedure != null) {
            ProcedureVersion inForce = versions.inForce(procedure.getId(), date).orElse(null);
            if (inForce != null) {
                return new VersionOnDate(inForce, inForce.stateOn(date));
            }
            if (unpublished.test(procedure)) {
                List<ProcedureVersion> all = versions.ofProcedure(procedure.getId());
                ProcedureVersion last = all.get(all.size() - 1);
                return new VersionOnDate(last, last.stateOn(date));
            }
        }
        throw ProblemException.notFound(Messages.PROCEDURE_FORCE, code, date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionOnDate version(String code, int version, Predicate<Procedure> unpublished) {
        Procedure procedure = require(code);
        boolean staff = unpublished.test(procedure);
        ProcedureVersion v = versions.version(procedure.getId(), version)
                .filter(x -> staff || !x.isDraft())
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE_HAS_VERSION, code, version));
        return new VersionOnDate(v, v.stateOn(v.isDraft() || v.getValidFrom() == null ? today() : v.getValidFrom()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(String code, Predicate<Procedure> unpublished) {
        Procedure procedure = procedures
                .findByCode(code)
                .filter(p -> p.isPublished() || unpublished.test(p))
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE, code));
        boolean staff = unpublished.test(procedure);
        List<ProcedureVersion> all = versions.ofProcedure(procedure.getId()).stream()
                .filter(v -> staff || !v.isDraft())
                .toList();
        List<DecisionItem> items = decisionItems.ofProcedure(procedure.getId());
        Map<Long, PublicationDecision> byId =
                decisions.byIds(items.stream().map(DecisionItem::getDecisionId).toList()).stream()
                        .collect(Collectors.toMap(PublicationDecision::getId, d -> d));
        return new History(procedure, all, items, byId);
    }

    /** The decision that published a version, and what it did to the procedure. */
    public record DecisionOf(PublicationDecision decision, DecisionItem item) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionOf decisionOf(ProcedureVersion v) {
        if (v.getDecisionId() == null) {
            return null;
        }
        DecisionItem item = decisionItems.of(v.getDecisionId(), v.getProcedure().getId(), v.getVersion());
        return new DecisionOf(decisions.findById(v.getDecisionId()), item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return procedures.existsByCode(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasDraft(Procedure procedure) {
        return versions.draftOf(procedure.getId()).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> fields(LocalDate asOf) {
        return procedures.fieldsInForce(asOf == null ? today() : asOf);
    }

    // ---------------------------------------------------------------- helpers

    /** Rules of the content plus references that need the database (levels, agency, receiving points). */
    void checkContent(ProcedureContent content, String prefix) {
        List<ProcedureRules.Violation> violations = new ArrayList<>(ProcedureRules.check(content));
        violations.addAll(checkReferences(content, levelCodes(), null));
        check(violations, prefix);
    }

    /** Checks codes against the levels and units; {@code knownUnits} may hold them preloaded. */
    List<ProcedureRules.Violation> checkReferences(
            ProcedureContent content, Set<String> levelCodes, Set<String> knownUnits) {
        List<ProcedureRules.Violation> v = new ArrayList<>();
        for (int i = 0; i < content.levels().size(); i++) {
            String level = content.levels().get(i);
            if (level != null && ProcedureRules.LEVEL.matcher(level).matches() && !levelCodes.contains(level)) {
                v.add(new ProcedureRules.Violation("levels[" + i + "]", "exists", "unknown level " + level));
            }
        }
        String agency = content.decidingAgencyCode();
        if (agency != null && !agency.isBlank() && !unitExists(agency.trim(), knownUnits)) {
            v.add(new ProcedureRules.Violation("decidingAgencyCode", "exists", "no unit with code " + agency));
        }
        for (int i = 0; i < content.receivingPoints().size(); i++) {
            String point = content.receivingPoints().get(i);
            if (point == null || !unitExists(point.trim(), knownUnits)) {
                v.add(new ProcedureRules.Violation(
                        "receivingPoints[" + i + "]", "exists", "no unit with code " + point));
            }
        }
        return v;
    }

    private boolean unitExists(String code, Set<String> knownUnits) {
        return knownUnits != null
                ? knownUnits.contains(code)
                : units.findByCode(code).isPresent();
    }

    Set<String> levelCodes() {
        return levels.listAll().stream().map(l -> l.getCode()).collect(Collectors.toSet());
    }

    private static void check(List<ProcedureRules.Violation> violations, String prefix) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.Violation(prefix + v.field(), v.rule(), v.message()))
                    .toList());
        }
    }

    /** The procedure with this code (404 otherwise), for access checks before a write. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Procedure procedure(String code) {
        return require(code);
    }

    /** The current revision of procedure {@code code} (its ETag), read with the draft or the version shown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long revision(String code) {
        return require(code).getRowVersion();
    }

    /** The procedures among {@code codes} that exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Collection<Procedure> procedures(Collection<String> codes) {
        return procedures.byCodes(codes).values();
    }

    private Procedure require(String code) {
        return procedures.findByCode(code).orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE_CODE, code));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
