package vn.cchc.parindex.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cchc.parindex.domain.indicators.DossierCountsByDecidingUnit;
import vn.cchc.parindex.domain.indicators.DossierFact;
import vn.cchc.parindex.domain.indicators.Period;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.repository.ReadModelRepository.InspectionRemediation;
import vn.cchc.parindex.repository.ReadModelRepository.StoredFact;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.contract.InspectionEventV1.RemediationTotals;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.time.VietnamTime;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Applies other services' events to the local read models, inside the inbox's transaction (each event once).
 * Every projection tolerates late, out-of-order and replayed events: units, procedures and postings keep the
 * highest version/sequence; a dossier's contribution to the day aggregates is replaced (old one subtracted,
 * new one added) only by an equal or newer version; an erased dossier (DossierErased) has its contribution taken back
 * and its fact replaced by a tombstone that no later-arriving event of it gets past; inspections keep the remediation totals of the highest sequence.
 */
@ApplicationScoped
public class EventProjections {

    private static final Logger LOG = Logger.getLogger(EventProjections.class);
    /** The InspectionEventV1 types that carry remediation totals; any other type on the topic is skipped. */
    static final Set<String> INSPECTION_TYPES = Set.of(
            InspectionEventV1.CONCLUDED,
            InspectionEventV1.REMEDIATION_OVERDUE,
            InspectionEventV1.REMEDIATION_COMPLETED);

    private final ReadModelRepository models;
    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final Clock clock;
    /** Reads InspectionEventV1 ignoring fields a newer producer may add, whatever the application's mapper says. */
    private final ObjectReader inspectionReader;

    public EventProjections(ReadModelRepository models, UnitCopyRepository units, EventCodec codec, Clock clock) {
        this.models = models;
        this.units = units;
        this.codec = codec;
        this.clock = clock;
        this.inspectionReader = codec.mapper()
                .readerFor(InspectionEventV1.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dossier(EventEnvelope event) {
        DossierEventV1 d = codec.data(event, DossierEventV1.class);
        if (d.code() == null) {
            throw new MalformedEventException("dossier event " + event.id() + " has no code", null);
        }
        boolean decidingKnown = d.decidingUnitCode() != null && d.decidingUnitPath() != null;
        var attribution = DossierCountsByDecidingUnit.ATTRIBUTION;
        String unitCode = attribution.unitOf(d.receivingUnitCode(), decidingKnown ? d.decidingUnitCode() : null);
        String unitPath = attribution.unitOf(d.receivingUnitPath(), decidingKnown ? d.decidingUnitPath() : null);
        if (unitCode == null || unitPath == null) {
            throw new MalformedEventException("dossier event " + event.id() + " names no unit", null);
        }
        StoredFact old = models.dossierFact(d.code()).orElse(null);
        if (DossierEventV1.ERASED.equals(event.type())) {
            // received in error: its counts taken back, its fact removed, a tombstone kept
            if (old != null) {
                add(old, -1);
            }
            // the event's time, not the apply time: a rebuild from the topics writes the same tombstone
            models.eraseDossier(d.code(), d.version(), d.occurredAt() != null ? d.occurredAt() : event.time());
            return;
        }
        if (old == null && models.dossierErased(d.code())) {
            LOG.debugf("dossier %s: erased, ignoring %s version %d", d.code(), event.type(), d.version());
            return;
        }
        Boolean dissatisfied = d.dissatisfied() != null
                ? d.dissatisfied()
                : old == null ? null : old.fact().dissatisfied();
        StoredFact next;
        if (old != null && d.version() < old.version()) {
            // a late event: only a rating (orthogonal to the dossier's state) still counts
            if (d.dissatisfied() == null || d.dissatisfied().equals(old.fact().dissatisfied())) {
                LOG.debugf("dossier %s: ignoring version %d, have %d", d.code(), d.version(), old.version());
                return;
            }
            DossierFact f = old.fact();
            next = new StoredFact(
                    old.version(),
                    old.unitCode(),
                    old.unitPath(),
                    new DossierFact(
                            f.receivedDay(),
                            f.resolvedDay(),
                            f.online(),
                            f.digitised(),
                            f.classification(),
                            f.timelyApology(),
                            dissatisfied));
        } else {
            boolean resolved = d.resolvedAt() != null && d.classification() != null;
            boolean timely = d.apologyTimely() != null
                    ? d.apologyTimely()
                    : old != null && old.fact().timelyApology();
            next = new StoredFact(
                    d.version(),
                    unitCode,
                    unitPath,
                    new DossierFact(
                            day(d.receivedAt()),
                            resolved ? day(d.resolvedAt()) : null,
                            "ONLINE".equals(d.channel()),
                            d.digitised(),
                            resolved ? d.classification() : null,
                            timely && d.hasApology(),
                            dissatisfied));
        }
        if (old != null) {
            add(old, -1);
        }
        add(next, 1);
        models.saveDossierFact(d.code(), next, now());
    }

    private void add(StoredFact s, int sign) {
        for (Map.Entry<LocalDate, DossierCountsByDecidingUnit> e :
                s.fact().contributions().entrySet()) {
            models.addToDay(s.unitCode(), s.unitPath(), e.getKey(), e.getValue(), sign);
        }
    }

    /**
     * cchc.service-index.v1: the QĐ 766 index of a unit and period as dossiers computed it, stored as received when its
     * {@code sequence} is higher than the stored one (a replay, a re-publication or an older event changes nothing).
     * Other event types are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceIndex(EventEnvelope event) {
        if (!ServiceIndex766EventV1.COMPUTED.equals(event.type())) {
            LOG.debugf("service index event %s: type %s not used", event.id(), event.type());
            return;
        }
        ServiceIndex766EventV1 e = codec.data(event, ServiceIndex766EventV1.class);
        if (e.unitCode() == null
                || e.unitPath() == null
                || e.period() == null
                || e.from() == null
                || e.to() == null
                || e.groups() == null) {
            throw new MalformedEventException(
                    event.type() + " " + event.id() + " lacks the unit, the period or the groups", null);
        }
        try {
            Period.parse(e.period());
        } catch (IllegalArgumentException x) {
            throw new MalformedEventException(
                    event.type() + " " + event.id() + " has an invalid period " + e.period(), x);
        }
        models.saveServiceIndex(
                e.unitCode(),
                e.period(),
                e.unitPath(),
                e.from(),
                e.to(),
                e.sequence(),
                codec.mapper().valueToTree(e).toString(),
                e.computedAt(),
                now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void procedure(EventEnvelope event) {
        if (!List.of(ProcedureEventV1.PUBLISHED, ProcedureEventV1.AMENDED, ProcedureEventV1.ABOLISHED)
                .contains(event.type())) {
            return;
        }
        ProcedureEventV1 p = codec.data(event, ProcedureEventV1.class);
        String state = ProcedureEventV1.ABOLISHED.equals(event.type())
                ? "ABOLISHED"
                : p.state() == null ? "IN_FORCE" : p.state();
        var pt = p.processingTime();
        var st = p.statutoryTime();
        models.upsertProcedure(
                p.code(),
                p.ordering(),
                state,
                list(p.levels()),
                list(p.receivingPoints()),
                p.decidingAgencyCode(),
                pt == null ? null : pt.value(),
                pt == null ? null : pt.unit(),
                st == null ? null : st.value(),
                st == null ? null : st.unit(),
                now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void posting(EventEnvelope event) {
        if (!PostingComplianceEventV1.CHANGED.equals(event.type())) {
            return;
        }
        PostingComplianceEventV1 p = codec.data(event, PostingComplianceEventV1.class);
        if (p.unitCode() == null || p.unitPath() == null) {
            throw new MalformedEventException("posting event " + event.id() + " names no unit", null);
        }
        models.upsertPosting(p.unitCode(), p.unitPath(), p.sequence(), p.asOf(), p.required(), p.compliant(), now());
    }

    /**
     * cchc.inspections.v1 as {@link InspectionEventV1}: per inspection, the remediation totals of the event with the
     * highest {@code sequence} are kept (an equal or lower sequence — a replay, a late or re-published event — leaves
     * the totals, unit and status alone; it may only fill in a date still unknown). Other event types are skipped,
     * unknown fields ignored (neither goes to the dead-letter topic). The inspection counts for {@code unitPath}
     * (else the unit copy's path of {@code unitCode}) and so for every ancestor, in the year of {@link #periodYear}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inspection(EventEnvelope event) {
        if (!INSPECTION_TYPES.contains(event.type())) {
            LOG.debugf("inspection event %s: type %s not used", event.id(), event.type());
            return;
        }
        InspectionEventV1 e = inspectionPayload(event);
        if (e.inspectionId() == null || e.inspectionId().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks the inspection id", null);
        }
        RemediationTotals totals = e.remediationTotals();
        if (totals != null
                && (totals.total() < 0
                        || totals.completed() < 0
                        || totals.overdue() < 0
                        || totals.completed() > totals.total()
                        || totals.overdue() > totals.total())) {
            throw new MalformedEventException(
                    event.type() + " " + event.id() + " has inconsistent remediation totals " + totals, null);
        }
        LocalDate concludedOn = e.conclusion() == null ? null : e.conclusion().noticeDate();
        Integer planYear = e.year() > 0 ? e.year() : null;
        InspectionRemediation old =
                models.inspectionRemediation(e.inspectionId()).orElse(null);
        if (old != null && e.sequence() <= old.sequence()) {
            // older or the same state: only dates the kept state does not know yet are taken
            LocalDate ended = old.endedOn() != null ? old.endedOn() : e.endedOn();
            LocalDate concluded = old.concludedOn() != null ? old.concludedOn() : concludedOn;
            Integer plan = old.planYear() != null ? old.planYear() : planYear;
            if (Objects.equals(ended, old.endedOn())
                    && Objects.equals(concluded, old.concludedOn())
                    && Objects.equals(plan, old.planYear())) {
                LOG.debugf(
                        "inspection %s: ignoring sequence %d, have %d", e.inspectionId(), e.sequence(), old.sequence());
                return;
            }
            models.saveInspectionRemediation(
                    new InspectionRemediation(
                            old.inspectionId(),
                            old.unitCode(),
                            old.unitPath(),
                            old.sequence(),
                            old.status(),
                            ended,
                            concluded,
                            plan,
                            periodYear(ended, concluded, plan, old.periodYear()),
                            old.total(),
                            old.completed(),
                            old.overdue()),
                    now());
            return;
        }
        String unitCode = e.unitCode() != null ? e.unitCode() : old == null ? null : old.unitCode();
        if (unitCode == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no inspected unit", null);
        }
        String unitPath = e.unitPath() != null && !e.unitPath().isBlank()
                ? e.unitPath()
                : old != null && unitCode.equals(old.unitCode())
                        ? old.unitPath()
                        : units.byCode(unitCode)
                                .map(UnitCopy::getPath)
                                .orElse("/" + codePrefix(unitCode) + "/" + unitCode + "/");
        LocalDate ended = e.endedOn() != null ? e.endedOn() : old == null ? null : old.endedOn();
        LocalDate concluded = concludedOn != null ? concludedOn : old == null ? null : old.concludedOn();
        Integer plan = planYear != null ? planYear : old == null ? null : old.planYear();
        OffsetDateTime at = e.occurredAt() != null ? e.occurredAt() : event.time();
        int fallbackYear = old != null
                ? old.periodYear()
                : at.atZoneSameInstant(VietnamTime.ZONE).getYear();
        // a payload without totals (older producers) keeps what is known
        int total = totals != null ? totals.total() : old == null ? 0 : old.total();
        int completed = totals != null ? totals.completed() : old == null ? 0 : old.completed();
        int overdue = totals != null ? totals.overdue() : old == null ? 0 : old.overdue();
        models.saveInspectionRemediation(
                new InspectionRemediation(
                        e.inspectionId(),
                        unitCode,
                        unitPath,
                        e.sequence(),
                        e.status() != null ? e.status() : old == null ? null : old.status(),
                        ended,
                        concluded,
                        plan,
                        periodYear(ended, concluded, plan, fallbackYear),
                        total,
                        completed,
                        overdue),
                now());
    }

    /**
     * The year an inspection's remediation counts in (decision): the year the inspection ended ({@code endedOn},
     * carried by every event, so late and out-of-order events agree); without it the year of the conclusion notice,
     * then the plan's year, then the year (Asia/Ho_Chi_Minh) of the first event seen.
     */
    static int periodYear(LocalDate endedOn, LocalDate concludedOn, Integer planYear, int fallback) {
        if (endedOn != null) {
            return endedOn.getYear();
        }
        if (concludedOn != null) {
            return concludedOn.getYear();
        }
        return planYear != null ? planYear : fallback;
    }

    private InspectionEventV1 inspectionPayload(EventEnvelope event) {
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException("inspection event " + event.id() + " has no object payload", null);
        }
        try {
            return inspectionReader.readValue(event.data());
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException(
                    "event " + event.id() + " has an invalid " + event.type() + " payload: " + e.getMessage(), e);
        }
    }

    private static String list(List<String> values) {
        return values == null || values.isEmpty() ? "," : "," + String.join(",", values) + ",";
    }

    static LocalDate day(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A path guessed for a unit not (yet) in the unit copy: the part of its code before the first dot is its root. */
    private static String codePrefix(String unitCode) {
        int dot = unitCode.indexOf('.');
        return dot < 0 ? unitCode : unitCode.substring(0, dot);
    }
}
