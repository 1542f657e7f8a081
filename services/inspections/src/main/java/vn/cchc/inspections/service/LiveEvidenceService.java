package vn.cchc.inspections.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.rules.DossierTally;
import vn.cchc.inspections.domain.rules.EvidenceFigures;
import vn.cchc.inspections.domain.rules.EvidenceFigures.Figure;
import vn.cchc.inspections.domain.rules.LateDossierRules;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.LiveEvidenceRepository;
import vn.cchc.inspections.repository.LiveEvidenceRepository.LateRow;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.EvidenceView;
import vn.cchc.inspections.service.InspectionDtos.LateDossierView;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.time.VietnamTime;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * The live evidence of an inspection (not the documents attached to findings): read models built from dossier,
 * posting and PAR-index events (each applied once through the inbox; order-independent, see {@link DossierTally}),
 * and read per inspection for the inspected unit's subtree, for the inspection's period, as of the inspection date.
 */
@ApplicationScoped
public class LiveEvidenceService {

    private final LiveEvidenceRepository repo;
    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final ObjectMapper json;
    private final AccessPolicy access;
    private final InspectionMapper mapper;
    private final Clock clock;

    public LiveEvidenceService(
            LiveEvidenceRepository repo,
            UnitCopyRepository units,
            EventCodec codec,
            ObjectMapper json,
            AccessPolicy access,
            InspectionMapper mapper,
            Clock clock) {
        this.repo = repo;
        this.units = units;
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
        var fact = new DossierTally.Fact(
                d.code(),
                d.version(),
                d.receivingUnitCode(),
                d.receivingUnitPath(),
                d.decidingUnitCode(),
                d.decidingUnitPath(),
                d.channel(),
                d.receivedAt(),
                d.resolvedAt(),
                d.classification(),
                d.digitised(),
                d.hasApology(),
                d.apologyTimely(),
                at);
        if (DossierEventV1.ERASED.equals(event.type())) {
            // received in error: every count taken back, the late record gone, the tally kept as a tombstone
            for (DossierTally.Delta delta : DossierTally.erase(marks, d.version())) {
                repo.add(delta, at);
            }
            repo.saveMarks(d.code(), marks, at);
            repo.deleteLate(d.code());
            return;
        }
        for (DossierTally.Delta delta : DossierTally.apply(marks, fact)) {
            repo.add(delta, at);
        }
        repo.saveMarks(d.code(), marks);
        if (!marks.erased && LateDossierRules.isLateFact(d.overdue(), d.classification()) && d.dueAt() != null) {
            DossierTally.UnitRef unit = fact.resolvedUnit();
            repo.upsertLate(
                    d.code(),
                    d.version(),
                    d.procedureCode(),
                    unit.code(),
                    unit.path(),
                    d.receivingUnitCode(),
                    d.receivedAt(),
                    d.dueAt(),
                    d.extendedDueAt(),
                    d.resolvedAt(),
                    d.classification(),
                    d.hasApology() || marks.apologyAt != null,
                    marks.apologyTimely,
                    marks.apologyAt,
                    d.status(),
                    at);
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
        String path =
                p.unitPath() != null ? p.unitPath() : units.pathOf(p.unitCode()).orElse("/" + p.unitCode() + "/");
        repo.insertPosting(
                p.unitCode(),
                path,
                p.sequence(),
                p.asOf(),
                p.required(),
                p.posted(),
                p.compliant(),
                p.complianceRate(),
                write(p.stalePosted()),
                write(p.missing()),
                write(p.outdated()),
                event.time());
    }

    /**
     * {@code cchc.par-index.v1}: {@code ParCriteriaClaimedWithoutEvidence} is read as the shared contract
     * {@link ParIndexEventV1} (unknown fields ignored; a payload that does not fit it, e.g. criteria as plain
     * strings, is read tolerantly as below; no unit code at all is a poison message). Status and result events
     * are ignored. Any other (future) type is read tolerantly: kept when its data has {@code unitCode} and a list
     * {@code criteriaWithoutEvidence} (strings, or objects with {@code code}), with {@code assessmentId} (else the
     * subject), {@code unitPath}, {@code year} and {@code sequence} (else {@code version}, else the event time)
     * when present; otherwise ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyParIndex(EventEnvelope event) {
        if (ParIndexEventV1.STATUS_CHANGED.equals(event.type())
                || ParIndexEventV1.RESULT_PUBLISHED.equals(event.type())) {
            return;
        }
        ParGapList gaps = null;
        if (ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE.equals(event.type())) {
            gaps = typedParGaps(event);
            if (gaps == null) {
                gaps = tolerantParGaps(event);
            }
            if (gaps == null) {
                throw new MalformedEventException("PAR event " + event.id() + " has no unit or criteria list", null);
            }
        } else {
            gaps = tolerantParGaps(event);
        }
        if (gaps == null) {
            return;
        }
        String path = gaps.unitPath() != null
                ? gaps.unitPath()
                : units.pathOf(gaps.unitCode()).orElse(null);
        repo.insertParGaps(
                gaps.unitCode(),
                path,
                gaps.assessmentId(),
                gaps.year(),
                gaps.sequence(),
                write(gaps.criteria()),
                gaps.criteria().size(),
                gaps.at());
    }

    private record ParGapList(
            String unitCode,
            String unitPath,
            String assessmentId,
            Integer year,
            long sequence,
            List<String> criteria,
            OffsetDateTime at) {}

    /** The contract reading, or null when the payload does not fit the contract. */
    private ParGapList typedParGaps(EventEnvelope event) {
        ParIndexEventV1 p;
        try {
            p = codec.data(event, ParIndexEventV1.class);
        } catch (MalformedEventException e) {
            return null;
        }
        if (p == null || p.unitCode() == null || p.criteriaWithoutEvidence() == null) {
            return null;
        }
        List<String> criteria = new ArrayList<>();
        for (ParIndexEventV1.CriterionClaim c : p.criteriaWithoutEvidence()) {
            if (c != null && c.code() != null) {
                criteria.add(c.code());
            }
        }
        return new ParGapList(
                p.unitCode(),
                p.unitPath(),
                p.assessmentId() > 0 ? String.valueOf(p.assessmentId()) : event.subject(),
                p.year() > 0 ? p.year() : null,
                p.version() > 0 ? p.version() : event.time().toInstant().toEpochMilli(),
                criteria,
                p.occurredAt() != null ? p.occurredAt() : event.time());
    }

    /** The field-name reading, or null when the data has no unit code or no criteria list. */
    private ParGapList tolerantParGaps(EventEnvelope event) {
        JsonNode data = event.data();
        if (data == null
                || !data.hasNonNull("unitCode")
                || !data.has("criteriaWithoutEvidence")
                || !data.get("criteriaWithoutEvidence").isArray()) {
            return null;
        }
        List<String> criteria = new ArrayList<>();
        for (JsonNode c : data.get("criteriaWithoutEvidence")) {
            criteria.add(c.isTextual() ? c.asText() : c.path("code").asText(c.toString()));
        }
        long sequence = data.hasNonNull("sequence")
                ? data.get("sequence").asLong()
                : data.hasNonNull("version")
                        ? data.get("version").asLong()
                        : event.time().toInstant().toEpochMilli();
        OffsetDateTime at = event.time();
        if (data.hasNonNull("occurredAt")) {
            try {
                at = OffsetDateTime.parse(data.get("occurredAt").asText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new MalformedEventException("PAR event " + event.id() + " has an invalid occurredAt", e);
            }
        }
        return new ParGapList(
                data.get("unitCode").asText(),
                data.hasNonNull("unitPath") ? data.get("unitPath").asText() : null,
                data.hasNonNull("assessmentId") ? data.get("assessmentId").asText() : event.subject(),
                data.hasNonNull("year") ? data.get("year").asInt() : null,
                sequence,
                criteria,
                at);
    }

    // ---------------------------------------------------------------- reads

    @Transactional
    public EvidenceView evidence(UUID inspectionId, LocalDate asOf, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, AccessPolicy.Level.TEAM);
        LocalDate date = asOf != null ? asOf : i.evidenceDate();
        return new EvidenceView(
                i.getId(),
                i.getUnitCode(),
                date,
                i.getPeriodFrom(),
                periodEnd(i, date),
                figures(i, date).stream().map(mapper::toView).toList());
    }

    @Transactional
    public Listing<LateDossierView> lateDossiers(UUID inspectionId, LocalDate asOf, PageRequest page, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, AccessPolicy.Level.TEAM);
        LocalDate date = asOf != null ? asOf : i.evidenceDate();
        OffsetDateTime cut = endOf(date);
        List<LateRow> rows = lateRows(i, date);
        int from = (int) Math.min(rows.size(), (long) page.page() * page.size());
        int to = (int) Math.min(rows.size(), (long) from + page.size());
        return new Listing<>(
                rows.subList(from, to).stream()
                        .map(r -> new LateDossierView(
                                r.code(),
                                r.procedureCode(),
                                r.unitCode(),
                                r.receivingUnitCode(),
                                r.receivedAt(),
                                r.dueAt(),
                                r.extendedDueAt(),
                                r.resolvedAt() != null && !r.resolvedAt().isAfter(cut) ? r.resolvedAt() : null,
                                LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut),
                                r.apologyTimely(),
                                r.apologyAt()))
                        .toList(),
                rows.size());
    }

    /** Every figure of the inspection as of {@code date}. */
    public List<Figure> figures(Inspection i, LocalDate date) {
        String pattern = Jurisdiction.subtreePattern(i.getUnitPath());
        LocalDate from = i.getPeriodFrom();
        LocalDate to = periodEnd(i, date);
        List<Figure> figures = new ArrayList<>();
        Object[] t = repo.dossierTotals(pattern, from, to);
        figures.addAll(EvidenceFigures.dossiers(
                new EvidenceFigures.DossierTotals(
                        n(t[0]),
                        n(t[1]),
                        n(t[2]),
                        n(t[3]),
                        n(t[4]),
                        n(t[5]),
                        n(t[6]),
                        LiveEvidenceRepository.instant(t[7])),
                from,
                to));
        OffsetDateTime cut = endOf(date);
        List<LateRow> late = lateRows(i, date);
        long withApology = late.stream()
                .filter(r -> LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut))
                .count();
        long timely = late.stream()
                .filter(r -> LateDossierRules.apologyAsOf(r.hasApology(), r.apologyAt(), cut)
                        && Boolean.TRUE.equals(r.apologyTimely()))
                .count();
        OffsetDateTime lateAsOf = late.stream()
                .map(LateRow::updatedAt)
                .max(OffsetDateTime::compareTo)
                .orElse(null);
        figures.addAll(EvidenceFigures.late(
                new EvidenceFigures.LateTotals(late.size(), withApology, timely, lateAsOf), from, to));
        figures.addAll(EvidenceFigures.posting(posting(pattern, date), date));
        figures.addAll(EvidenceFigures.parGaps(parGaps(pattern, i.getUnitCode(), cut), date));
        return figures;
    }

    private List<LateRow> lateRows(Inspection i, LocalDate date) {
        OffsetDateTime cut = endOf(date);
        LocalDate to = periodEnd(i, date);
        return repo
                .lateCandidates(
                        Jurisdiction.subtreePattern(i.getUnitPath()),
                        i.getPeriodFrom().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
                        endOf(to))
                .stream()
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
            LocalDate d = LiveEvidenceRepository.date(r[1]);
            postingAsOf = postingAsOf == null || d.isBefore(postingAsOf) ? d : postingAsOf;
            required += ((Number) r[2]).intValue();
            posted += ((Number) r[3]).intValue();
            compliant += ((Number) r[4]).intValue();
            stale.addAll(read((String) r[5]));
            missing.addAll(read((String) r[6]));
            outdated.addAll(read((String) r[7]));
            OffsetDateTime at = LiveEvidenceRepository.instant(r[8]);
            asOf = asOf == null || at.isAfter(asOf) ? at : asOf;
        }
        return new EvidenceFigures.PostingTotals(
                rows.size(), required, posted, compliant, stale, missing, outdated, postingAsOf, asOf);
    }

    /**
     * The newest gap list of each unit of the subtree known before {@code before}; criteria of a descendant are
     * named with their unit ("2.3.1 (H99.X01.MC)").
     */
    private EvidenceFigures.ParGaps parGaps(String pattern, String unitCode, OffsetDateTime before) {
        List<Object[]> rows = repo.parGapsAsOf(pattern, unitCode, before);
        if (rows.isEmpty()) {
            return null;
        }
        List<String> criteria = new ArrayList<>();
        List<String> assessments = new ArrayList<>();
        OffsetDateTime asOf = null;
        for (Object[] r : rows) {
            String unit = (String) r[0];
            for (String c : read((String) r[2])) {
                criteria.add(unit.equals(unitCode) ? c : c + " (" + unit + ")");
            }
            assessments.add((String) r[1]);
            OffsetDateTime at = LiveEvidenceRepository.instant(r[3]);
            asOf = asOf == null || at.isAfter(asOf) ? at : asOf;
        }
        return new EvidenceFigures.ParGaps(criteria, String.join(", ", assessments), asOf);
    }

    private static LocalDate periodEnd(Inspection i, LocalDate date) {
        return i.getPeriodTo().isAfter(date) ? date : i.getPeriodTo();
    }

    /** The first instant after {@code date} in Vietnam. */
    static OffsetDateTime endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
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

    /** A stored JSON array of strings (read as a tree: independent of the strict request-body settings). */
    private List<String> read(String text) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode item : json.readTree(text)) {
                out.add(item.asText());
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
