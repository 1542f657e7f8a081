package vn.cchc.inspections.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.rules.DossierTally;
import vn.cchc.inspections.domain.rules.EvidenceFigures;
import vn.cchc.inspections.domain.rules.EvidenceFigures.Figure;
import vn.cchc.inspections.domain.rules.LateDossierRules;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.EvidenceRepository;
import vn.cchc.inspections.repository.EvidenceRepository.LateRow;
import vn.cchc.inspections.rest.InspectionDtos.EvidenceView;
import vn.cchc.inspections.rest.InspectionDtos.LateDossierView;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The evidence read models: built from dossier, posting and PAR-index events (each applied once through the
 * inbox; order-independent, see {@link DossierTally}), and read per inspection for the inspected unit's
 * subtree, for the inspection's period, as of the inspection date.
 */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceRepository repo;
    private final EventCodec codec;
    private final ObjectMapper json;
    private final Access access;
    private final InspectionMapper mapper;
    private final Clock clock;

    public EvidenceService(EvidenceRepository repo, EventCodec codec, ObjectMapper json, Access access,
                           InspectionMapper mapper, Clock clock) {
        this.repo = repo;
        this.codec = codec;
        this.json = json;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- events in

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyDossier(EventEnvelope event) {
        DossierEventV1 d = codec.data(event, DossierEventV1.class);
        if (d.code() == null || d.receivingUnitCode() == null) {
            throw new MalformedEventException("dossier event " + event.id() + " has no code or receiving unit", null);
        }
        OffsetDateTime at = d.occurredAt() != null ? d.occurredAt() : event.time();
        DossierTally.Marks marks = repo.marks(d.code()).orElseGet(DossierTally.Marks::new);
        var fact = new DossierTally.Fact(d.code(), d.version(), d.receivingUnitCode(), d.receivingUnitPath(),
                d.decidingUnitCode(), d.decidingUnitPath(), d.channel(), d.receivedAt(), d.resolvedAt(),
                d.classification(), d.digitised(), d.hasApology(), d.apologyTimely(), at);
        for (DossierTally.Delta delta : DossierTally.apply(marks, fact)) {
            repo.add(delta, at);
        }
        repo.saveMarks(d.code(), marks);
        if (LateDossierRules.isLateFact(d.overdue(), d.classification()) && d.dueAt() != null) {
            boolean deciding = d.decidingUnitCode() != null && d.decidingUnitPath() != null;
            repo.upsertLate(d.code(), d.version(), d.procedureCode(),
                    deciding ? d.decidingUnitCode() : d.receivingUnitCode(),
                    deciding ? d.decidingUnitPath() : d.receivingUnitPath(), d.receivingUnitCode(), d.receivedAt(),
                    d.dueAt(), d.extendedDueAt(), d.resolvedAt(), d.classification(),
                    d.hasApology() || marks.apologyAt != null, marks.apologyTimely, marks.apologyAt, d.status(), at);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPosting(EventEnvelope event) {
        if (!PostingComplianceEventV1.CHANGED.equals(event.type())) {
            return;
        }
        PostingComplianceEventV1 p = codec.data(event, PostingComplianceEventV1.class);
        if (p.unitCode() == null || p.asOf() == null) {
            throw new MalformedEventException("posting event " + event.id() + " has no unit or date", null);
        }
        repo.insertPosting(p.unitCode(), p.unitPath() == null ? "/" + p.unitCode() + "/" : p.unitPath(),
                p.sequence(), p.asOf(), p.required(), p.posted(), p.compliant(), p.complianceRate(), write(p.stalePosted()),
                write(p.missing()), write(p.outdated()), event.time());
    }

    /**
     * {@code cchc.par-index.v1}, read tolerantly until the par-index contract is final: any event whose data
     * has {@code unitCode} and a list {@code criteriaWithoutEvidence} (strings, or objects with {@code code})
     * is kept, with {@code assessmentId} (else the subject), {@code unitPath}, {@code year} and {@code sequence}
     * (else {@code version}, else the event time) when present. This matches {@code ParIndexEventV1}'s
     * {@code ParCriteriaClaimedWithoutEvidence}; its status and result events are ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyParIndex(EventEnvelope event) {
        // ParIndexEventV1 (shared contract): only ParCriteriaClaimedWithoutEvidence states the gaps; the other types
        // of the topic carry the field too but are not a new gap list.
        if ("ParAssessmentStatusChanged".equals(event.type()) || "ParResultPublished".equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        if (data == null || !data.hasNonNull("unitCode") || !data.has("criteriaWithoutEvidence")
                || !data.get("criteriaWithoutEvidence").isArray()) {
            return;
        }
        List<String> criteria = new ArrayList<>();
        for (JsonNode c : data.get("criteriaWithoutEvidence")) {
            criteria.add(c.isTextual() ? c.asText() : c.path("code").asText(c.toString()));
        }
        String unit = data.get("unitCode").asText();
        long sequence = data.has("sequence") ? data.get("sequence").asLong()
                : data.has("version") ? data.get("version").asLong() : event.time().toInstant().toEpochMilli();
        OffsetDateTime at = data.hasNonNull("occurredAt") ? OffsetDateTime.parse(data.get("occurredAt").asText()) : event.time();
        repo.insertParGaps(unit, data.path("unitPath").asText(null),
                data.hasNonNull("assessmentId") ? data.get("assessmentId").asText() : event.subject(),
                data.hasNonNull("year") ? data.get("year").asInt() : null, sequence, write(criteria), criteria.size(), at);
    }

    // ---------------------------------------------------------------- reads

    @Transactional
    public EvidenceView evidence(UUID inspectionId, LocalDate asOf, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, Access.Level.TEAM);
        LocalDate date = asOf != null ? asOf : i.evidenceDate();
        return new EvidenceView(i.getId(), i.getUnitCode(), date, i.getPeriodFrom(), periodEnd(i, date),
                figures(i, date).stream().map(mapper::toView).toList());
    }

    @Transactional
    public List<LateDossierView> lateDossiers(UUID inspectionId, LocalDate asOf, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, Access.Level.TEAM);
        LocalDate date = asOf != null ? asOf : i.evidenceDate();
        OffsetDateTime cut = endOf(date);
        return lateRows(i, date).stream().map(r -> new LateDossierView(r.code(), r.procedureCode(), r.unitCode(),
                r.receivingUnitCode(), r.receivedAt(), r.dueAt(), r.extendedDueAt(),
                r.resolvedAt() != null && !r.resolvedAt().isAfter(cut) ? r.resolvedAt() : null,
                LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut), r.apologyTimely(), r.apologyAt())).toList();
    }

    /** Every figure of the inspection as of {@code date}. */
    public List<Figure> figures(Inspection i, LocalDate date) {
        String pattern = Jurisdiction.subtreePattern(i.getUnitPath());
        LocalDate from = i.getPeriodFrom();
        LocalDate to = periodEnd(i, date);
        List<Figure> figures = new ArrayList<>();
        Object[] t = repo.dossierTotals(pattern, from, to);
        figures.addAll(EvidenceFigures.dossiers(new EvidenceFigures.DossierTotals(n(t[0]), n(t[1]), n(t[2]), n(t[3]),
                n(t[4]), n(t[5]), n(t[6]), EvidenceRepository.instant(t[7])), from, to));
        OffsetDateTime cut = endOf(date);
        List<LateRow> late = lateRows(i, date);
        long withApology = late.stream().filter(r -> LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut)).count();
        long timely = late.stream().filter(r -> LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut)
                && Boolean.TRUE.equals(r.apologyTimely())).count();
        OffsetDateTime lateAsOf = late.stream().map(LateRow::updatedAt).max(OffsetDateTime::compareTo).orElse(null);
        figures.addAll(EvidenceFigures.late(new EvidenceFigures.LateTotals(late.size(), withApology, timely, lateAsOf), from, to));
        figures.addAll(EvidenceFigures.posting(posting(pattern, date), date));
        figures.addAll(EvidenceFigures.parGaps(parGaps(i.getUnitCode(), cut), date));
        return figures;
    }

    private List<LateRow> lateRows(Inspection i, LocalDate date) {
        OffsetDateTime cut = endOf(date);
        LocalDate to = periodEnd(i, date);
        return repo.lateCandidates(Jurisdiction.subtreePattern(i.getUnitPath()),
                        i.getPeriodFrom().atStartOfDay(Views.VIETNAM).toOffsetDateTime(), endOf(to)).stream()
                .filter(r -> LateDossierRules.lateAsOf(r.dueAt(), r.resolvedAt(), r.classification(), cut))
                .toList();
    }

    private EvidenceFigures.PostingTotals posting(String pattern, LocalDate date) {
        int required = 0, posted = 0, compliant = 0;
        List<String> stale = new ArrayList<>(), missing = new ArrayList<>(), outdated = new ArrayList<>();
        LocalDate postingAsOf = null;
        OffsetDateTime asOf = null;
        List<Object[]> rows = repo.postingAsOf(pattern, date);
        for (Object[] r : rows) {
            LocalDate d = EvidenceRepository.date(r[1]);
            postingAsOf = postingAsOf == null || d.isBefore(postingAsOf) ? d : postingAsOf;
            required += ((Number) r[2]).intValue();
            posted += ((Number) r[3]).intValue();
            compliant += ((Number) r[4]).intValue();
            stale.addAll(read((String) r[5]));
            missing.addAll(read((String) r[6]));
            outdated.addAll(read((String) r[7]));
            OffsetDateTime at = EvidenceRepository.instant(r[8]);
            asOf = asOf == null || at.isAfter(asOf) ? at : asOf;
        }
        return new EvidenceFigures.PostingTotals(rows.size(), required, posted, compliant, stale, missing, outdated,
                postingAsOf, asOf);
    }

    private EvidenceFigures.ParGaps parGaps(String unitCode, OffsetDateTime before) {
        return repo.parGapsAsOf(unitCode, before).map(r -> new EvidenceFigures.ParGaps(read((String) r[1]), (String) r[0],
                EvidenceRepository.instant(r[2]))).orElse(null);
    }

    private static LocalDate periodEnd(Inspection i, LocalDate date) {
        return i.getPeriodTo().isAfter(date) ? date : i.getPeriodTo();
    }

    /** The first instant after {@code date} in Vietnam. */
    static OffsetDateTime endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(Views.VIETNAM).toOffsetDateTime();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private String write(List<String> list) {
        try {
            return json.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
