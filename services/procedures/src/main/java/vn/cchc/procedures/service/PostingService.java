package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.Posting;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.repository.PostingRepository;
import vn.cchc.procedures.repository.ProcedureRepository;
import vn.cchc.procedures.repository.ProcedureVersionRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;

/**
 * Niêm yết: what a receiving point posts, maintained by the officers and leaders of that unit (or of a
 * unit above it). Each change recomputes the point's compliance in the same transaction.
 */
@ApplicationScoped
public class PostingService {

    private final PostingRepository postings;
    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final UnitRepository units;
    private final ComplianceService compliance;
    private final AccessPolicy policy;
    private final Clock clock;

    public PostingService(
            PostingRepository postings,
            ProcedureRepository procedures,
            ProcedureVersionRepository versions,
            UnitRepository units,
            ComplianceService compliance,
            AccessPolicy policy,
            Clock clock) {
        this.postings = postings;
        this.procedures = procedures;
        this.versions = versions;
        this.units = units;
        this.compliance = compliance;
        this.policy = policy;
        this.clock = clock;
    }

    /** One posted item with the name of the posted version. */
    public record PostedItem(String procedureCode, String name, int version, LocalDate postedOn) {}

    public record Item(String procedureCode, Integer version) {}

    /** Public: what a receiving point posts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostedItem> posted(String unitCode) {
        AdminUnit unit = receivingPoint(unitCode);
        List<PostedItem> items = new ArrayList<>();
        for (Posting p : postings.ofUnit(unit.getCode())) {
            String name = versions.version(p.getProcedure().getId(), p.getVersion())
                    .map(ProcedureVersion::getName)
                    .orElse("");
            items.add(new PostedItem(p.getProcedure().getCode(), name, p.getVersion(), p.getPostedOn()));
        }
        return items;
    }

    /** Public: one page of what a receiving point posts, by procedure code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PostedItem> posted(String unitCode, PageRequest page) {
        AdminUnit unit = receivingPoint(unitCode);
        return postings.ofUnit(unit.getCode(), page)
                .map(p -> new PostedItem(
                        p.getProcedure().getCode(),
                        versions.version(p.getProcedure().getId(), p.getVersion())
                                .map(ProcedureVersion::getName)
                                .orElse(""),
                        p.getVersion(),
                        p.getPostedOn()));
    }

    @Transactional
    public void post(String unitCode, Item item, Caller caller) {
        AdminUnit unit = writable(unitCode, caller);
        Violations v = new Violations();
        Resolved r = resolve(unit, item, "", v);
        v.throwIfAny();
        upsert(unit, r, caller.username());
        compliance.recompute(unit);
    }

    @Transactional
    public void remove(String unitCode, String procedureCode, Caller caller) {
        AdminUnit unit = writable(unitCode, caller);
        Procedure procedure = procedures
                .findByCode(procedureCode)
                .orElseThrow(() -> ProblemException.notFound(Messages.PROCEDURE, procedureCode));
        Posting posting = postings.find(unit.getCode(), procedure.getId()).orElse(null);
        if (posting == null) {
            return; // taking down what is not posted changes nothing (DELETE is idempotent)
        }
        postings.delete(posting);
        postings.flush();
        compliance.recompute(unit);
    }

    /** Replaces the whole posted list; every item checked first, nothing changed if one fails. */
    @Transactional
    public void replace(String unitCode, List<Item> items, Caller caller) {
        replace(writable(unitCode, caller), items, caller.username());
    }

    /** Replaces the list without an access check (the caller was checked, or it is the demo loader). */
    void replace(AdminUnit unit, List<Item> items, String author) {
        Violations v = new Violations();
        List<Resolved> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null || item.procedureCode() == null) {
                v.add("items[" + i + "].procedureCode", "required", Messages.MUST_BLANK);
                continue;
            }
            if (!seen.add(item.procedureCode().trim())) {
                v.add("items[" + i + "].procedureCode", "unique", Messages.LISTED_TWICE);
                continue;
            }
            Resolved r = resolve(unit, item, "items[" + i + "].", v);
            if (r != null) {
                resolved.add(r);
            }
        }
        v.throwIfAny();
        Set<Long> keep = new HashSet<>();
        resolved.forEach(r -> keep.add(r.procedure().getId()));
        for (Posting p : postings.ofUnit(unit.getCode())) {
            if (!keep.contains(p.getProcedure().getId())) {
                postings.delete(p);
            }
        }
        resolved.forEach(r -> upsert(unit, r, author));
        postings.flush();
        compliance.recompute(unit);
    }

    private record Resolved(Procedure procedure, int version) {}

    /** The procedure and version to post: the version in force today unless one is named. */
    private Resolved resolve(AdminUnit unit, Item item, String prefix, Violations v) {
        String code = item.procedureCode() == null ? "" : item.procedureCode().trim();
        Procedure procedure = procedures.findByCode(code).orElse(null);
        if (procedure == null) {
            v.add(prefix + "procedureCode", "exists", Messages.PROCEDURE_2, code);
            return null;
        }
        String province = Jurisdiction.rootOf(unit.getPath());
        if (!procedure.getCatalogue().equals(province)
                && !AccessPolicy.NATIONAL_CATALOGUE.equals(procedure.getCatalogue())) {
            v.add(
                    prefix + "procedureCode",
                    "inCatalogue",
                    Messages.BELONGS_CATALOGUE_RECEIVING_POINT_POSTS,
                    code,
                    procedure.getCatalogue(),
                    province);
            return null;
        }
        LocalDate today = LocalDate.now(clock.withZone(ProcedureService.ZONE));
        if (item.version() == null) {
            ProcedureVersion inForce =
                    versions.inForce(procedure.getId(), today).orElse(null);
            if (inForce == null) {
                v.add(prefix + "procedureCode", "inForce", Messages.FORCE_TODAY_ONLY_PROCEDURES_FORCE, code);
                return null;
            }
            return new Resolved(procedure, inForce.getVersion());
        }
        ProcedureVersion named = versions.version(procedure.getId(), item.version())
                .filter(x -> !x.isDraft())
                .orElse(null);
        if (named == null) {
            v.add(prefix + "version", "published", Messages.HAS_PUBLISHED_VERSION, code, item.version());
            return null;
        }
        return new Resolved(procedure, named.getVersion());
    }

    private void upsert(AdminUnit unit, Resolved r, String author) {
        LocalDate today = LocalDate.now(clock.withZone(ProcedureService.ZONE));
        Posting existing = postings.find(unit.getCode(), r.procedure().getId()).orElse(null);
        if (existing == null) {
            postings.persist(new Posting(unit.getCode(), r.procedure(), r.version(), today, author));
        } else if (existing.getVersion() != r.version()) {
            existing.repost(r.version(), today, author);
        }
        postings.flush();
    }

    private AdminUnit receivingPoint(String unitCode) {
        AdminUnit unit =
                units.findByCode(unitCode).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, unitCode));
        if (!unit.isReceivesDossiers()) {
            throw ProblemException.notFound(Messages.UNIT_RECEIVING_POINT_POSTS_PROCEDURES, unitCode);
        }
        return unit;
    }

    /** The access check alone (the resource runs it before looking at the body). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireWritable(String unitCode, Caller caller) {
        writable(unitCode, caller);
    }

    /** Officers and leaders of the unit or a unit above it; admins of its province. Others: 403 (see AccessPolicy). */
    private AdminUnit writable(String unitCode, Caller caller) {
        AdminUnit unit = receivingPoint(unitCode);
        policy.writePosting(caller, unit);
        return unit;
    }
}
