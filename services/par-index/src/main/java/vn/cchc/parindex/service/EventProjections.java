package vn.cchc.parindex.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.cchc.parindex.domain.indicators.DossierCounts;
import vn.cchc.parindex.domain.indicators.DossierFact;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.repository.ReadModelRepository.StoredFact;
import vn.cchc.parindex.repository.UnitRepository;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Applies other services' events to the local read models, inside the inbox's transaction (each event once).
 * Every projection tolerates late, out-of-order and replayed events: units, procedures and postings keep the
 * highest version/sequence; a dossier's contribution to the day aggregates is replaced (old one subtracted,
 * new one added) only by an equal or newer version; remediation items never leave COMPLETED.
 */
@ApplicationScoped
public class EventProjections {

    private static final Logger LOG = Logger.getLogger(EventProjections.class);
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Inspection event type names (InspectionEventV1 of the inspections service), consumed by name. */
    public static final String INSPECTION_CONCLUDED = "InspectionConcluded";
    public static final String REMEDIATION_OVERDUE = "RemediationOverdue";
    public static final String REMEDIATION_COMPLETED = "RemediationCompleted";

    private final ReadModelRepository models;
    private final UnitRepository units;
    private final EventCodec codec;
    private final Clock clock;

    public EventProjections(ReadModelRepository models, UnitRepository units, EventCodec codec, Clock clock) {
        this.models = models;
        this.units = units;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unit(EventEnvelope event) {
        if (!UnitEventV1.CHANGED.equals(event.type())) {
            return;
        }
        UnitEventV1 u = codec.data(event, UnitEventV1.class);
        if (u.code() == null || u.path() == null || u.name() == null) {
            throw new MalformedEventException("UnitChanged " + event.id() + " lacks code, name or path", null);
        }
        units.upsert(u.code(), u.name(), u.kind(), u.level(), u.parentCode(), u.path(), u.validTo(), u.version(), now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void dossier(EventEnvelope event) {
        DossierEventV1 d = codec.data(event, DossierEventV1.class);
        if (d.code() == null) {
            throw new MalformedEventException("dossier event " + event.id() + " has no code", null);
        }
        String unitCode = d.decidingUnitCode() != null && d.decidingUnitPath() != null ? d.decidingUnitCode() : d.receivingUnitCode();
        String unitPath = d.decidingUnitCode() != null && d.decidingUnitPath() != null ? d.decidingUnitPath() : d.receivingUnitPath();
        if (unitCode == null || unitPath == null) {
            throw new MalformedEventException("dossier event " + event.id() + " names no unit", null);
        }
        StoredFact old = models.dossierFact(d.code()).orElse(null);
        Boolean dissatisfied = d.dissatisfied() != null ? d.dissatisfied() : old == null ? null : old.fact().dissatisfied();
        StoredFact next;
        if (old != null && d.version() < old.version()) {
            // a late event: only a rating (orthogonal to the dossier's state) still counts
            if (d.dissatisfied() == null || d.dissatisfied().equals(old.fact().dissatisfied())) {
                LOG.debugf("dossier %s: ignoring version %d, have %d", d.code(), d.version(), old.version());
                return;
            }
            DossierFact f = old.fact();
            next = new StoredFact(old.version(), old.unitCode(), old.unitPath(), new DossierFact(f.receivedDay(), f.resolvedDay(),
                    f.online(), f.digitised(), f.eResult(), f.classification(), f.timelyApology(), dissatisfied), old.overdue());
        } else {
            boolean resolved = d.resolvedAt() != null && d.classification() != null;
            boolean timely = d.apologyTimely() != null ? d.apologyTimely() : old != null && old.fact().timelyApology();
            next = new StoredFact(d.version(), unitCode, unitPath, new DossierFact(day(d.receivedAt()),
                    resolved ? day(d.resolvedAt()) : null, "ONLINE".equals(d.channel()), d.digitised(), d.eResult(),
                    resolved ? d.classification() : null, timely && d.hasApology(), dissatisfied), d.overdue() && !resolved);
        }
        if (old != null) {
            add(old, -1);
        }
        add(next, 1);
        models.saveDossierFact(d.code(), next, now());
    }

    private void add(StoredFact s, int sign) {
        for (Map.Entry<LocalDate, DossierCounts> e : s.fact().contributions().entrySet()) {
            models.addToDay(s.unitCode(), s.unitPath(), e.getKey(), e.getValue(), sign);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void procedure(EventEnvelope event) {
        if (!List.of(ProcedureEventV1.PUBLISHED, ProcedureEventV1.AMENDED, ProcedureEventV1.ABOLISHED).contains(event.type())) {
            return;
        }
        ProcedureEventV1 p = codec.data(event, ProcedureEventV1.class);
        String state = ProcedureEventV1.ABOLISHED.equals(event.type()) ? "ABOLISHED" : p.state() == null ? "IN_FORCE" : p.state();
        var pt = p.processingTime();
        var st = p.statutoryTime();
        models.upsertProcedure(p.code(), p.ordering(), state, list(p.levels()), list(p.receivingPoints()), p.decidingAgencyCode(),
                pt == null ? null : pt.value(), pt == null ? null : pt.unit(), st == null ? null : st.value(),
                st == null ? null : st.unit(), now());
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
     * cchc.inspections.v1, read by type name with a tolerant shape (until InspectionEventV1 is in the shared
     * contract): {@code inspectionId|inspectionCode|code|id}, {@code unitCode}, optional {@code unitPath};
     * RemediationOverdue/RemediationCompleted carry {@code remediationId|itemId|itemCode} and {@code dueDate};
     * InspectionConcluded may carry {@code remediations[]} with {@code id|code} and {@code dueDate}, each OPEN.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inspection(EventEnvelope event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("inspection event " + event.id() + " has no object payload", null);
        }
        String type = event.type();
        if (!List.of(INSPECTION_CONCLUDED, REMEDIATION_OVERDUE, REMEDIATION_COMPLETED).contains(type)) {
            return;
        }
        String inspection = text(data, "inspectionId", "inspectionCode", "code", "id");
        String unitCode = text(data, "unitCode", "inspectedUnitCode");
        if (inspection == null || unitCode == null) {
            throw new MalformedEventException(type + " " + event.id() + " lacks the inspection id or unit code", null);
        }
        String unitPath = text(data, "unitPath", "inspectedUnitPath");
        if (unitPath == null) {
            unitPath = units.find(unitCode).map(UnitRepository.Unit::path)
                    .orElse("/" + AccessPolicy.provinceOf(unitCode) + "/" + unitCode + "/");
        }
        OffsetDateTime at = event.time();
        if (INSPECTION_CONCLUDED.equals(type)) {
            JsonNode items = data.path("remediations");
            for (JsonNode item : items) {
                String ref = text(item, "id", "code", "remediationId", "itemId");
                if (ref != null) {
                    LocalDate due = date(text(item, "dueDate", "deadline"));
                    models.upsertRemediation(inspection, ref, unitCode, unitPath, "OPEN", due, yearOf(due, at), at);
                }
            }
            return;
        }
        // InspectionEventV1 nests the item in "remediation" {itemId, deadline}; the flat names are also accepted
        JsonNode nested = data.path("remediation");
        String item = text(data, "remediationId", "itemId", "itemCode", "remediationCode");
        if (item == null && nested.isObject()) {
            item = text(nested, "itemId", "id");
        }
        if (item == null) {
            throw new MalformedEventException(type + " " + event.id() + " lacks the remediation item id", null);
        }
        LocalDate due = date(text(data, "dueDate", "deadline"));
        if (due == null && nested.isObject()) {
            due = date(text(nested, "deadline", "dueDate"));
        }
        models.upsertRemediation(inspection, item, unitCode, unitPath,
                REMEDIATION_COMPLETED.equals(type) ? "COMPLETED" : "OVERDUE", due, yearOf(due, at), at);
    }

    private static int yearOf(LocalDate due, OffsetDateTime at) {
        return due != null ? due.getYear() : at.atZoneSameInstant(VN).getYear();
    }

    private static String text(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String list(List<String> values) {
        return values == null || values.isEmpty() ? "," : "," + String.join(",", values) + ",";
    }

    static LocalDate day(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(VN).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
