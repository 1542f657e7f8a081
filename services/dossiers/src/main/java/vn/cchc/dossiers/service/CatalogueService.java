package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.AccessPolicy;
import vn.cchc.dossiers.domain.AccessPolicy.Subject;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.domain.UnitCopy;
import vn.cchc.dossiers.repository.CatalogueRepository;
import vn.cchc.dossiers.repository.UnitCopyRepository;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/** Keeps the local catalogue copy and answers reads on it. */
@ApplicationScoped
public class CatalogueService {

    private static final Logger LOG = Logger.getLogger(CatalogueService.class);
    private static final Set<String> PROCEDURE_STATE_EVENTS = Set.of(ProcedureEventV1.PUBLISHED,
            ProcedureEventV1.AMENDED, ProcedureEventV1.ABOLISHED);

    private final CatalogueRepository catalogue;
    private final UnitCopyRepository units;
    private final EventCodec codec;
    private final Clock clock;

    public CatalogueService(CatalogueRepository catalogue, UnitCopyRepository units, EventCodec codec, Clock clock) {
        this.catalogue = catalogue;
        this.units = units;
        this.codec = codec;
        this.clock = clock;
    }

    /** Applies one procedure event (inside the inbox transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!PROCEDURE_STATE_EVENTS.contains(event.type())) {
            LOG.debugf("ignoring event type %s", event.type());
            return;
        }
        ProcedureEventV1 data = codec.data(event, ProcedureEventV1.class);
        CatalogueProcedure copy = catalogue.findByIdOptional(data.code()).orElse(null);
        boolean isNew = copy == null;
        if (isNew) {
            copy = new CatalogueProcedure(data.code());
        }
        boolean changed = copy.apply(data.ordering(), data.name(), data.field(), data.level(), data.state(),
                data.processingTime().value(), data.processingTime().unit(), event.id(), event.time(),
                OffsetDateTime.now(clock));
        if (changed) {
            copy.details((int) data.version(), data.levels(), data.decidingAgencyCode(), data.onlineLevel(),
                    data.afternoonCutoff(), data.internalSteps() == null ? null : data.internalSteps().stream()
                            .map(s -> new CatalogueProcedure.InternalStep(s.name(), s.actor(), s.duration())).toList(),
                    data.fees() == null ? null : data.fees().stream()
                            .map(f -> new CatalogueProcedure.Fee(f.name(), f.amount(), f.note())).toList(),
                    data.validFrom(), data.abolishedOn());
        }
        if (isNew && changed) {
            catalogue.persist(copy);
        }
        if (!changed) {
            LOG.debugf("procedure %s: version %d is not newer than %d, ignored", data.code(), data.version(),
                    copy.getVersion());
        }
    }

    /**
     * The province a procedure belongs to: the root of its deciding agency in the unit copy, or null for a national
     * procedure (no deciding agency, an agency of level CENTRAL, or one this service does not know).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String provinceOf(CatalogueProcedure p) {
        String agency = p.getDecidingAgencyCode();
        if (agency == null || agency.isBlank()) {
            return null;
        }
        return units.findByIdOptional(agency).filter(u -> !CatalogueRepository.CENTRAL.equals(u.getLevel()))
                .map(UnitCopy::provinceCode).orElse(null);
    }

    /** Whether dossiers of {@code province} may use the procedure: a national one, or the province's own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean appliesIn(CatalogueProcedure p, String province) {
        String own = provinceOf(p);
        return own == null || own.equals(province);
    }

    /** The procedures the caller may see: national ones and its province's (all of them for a national admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CatalogueProcedure> search(Subject s, String query, PageRequest page) {
        if (!AccessPolicy.canReadProcedure(s, null)) {
            throw ProblemException.forbidden("Your account has no unit known here.");
        }
        String province = s.has(vn.cchc.shared.security.Roles.NATIONAL_ADMIN) ? null : s.province().orElseThrow();
        return catalogue.search(query, province, page);
    }

    /** One procedure, 404 when it is another province's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueProcedure get(Subject s, String code) {
        if (!AccessPolicy.canReadProcedure(s, null)) {
            throw ProblemException.forbidden("Your account has no unit known here.");
        }
        return catalogue.findByIdOptional(code).filter(p -> AccessPolicy.canReadProcedure(s, provinceOf(p)))
                .orElseThrow(() -> ProblemException.notFound("Procedure " + code + " is not in the local catalogue."));
    }
}
