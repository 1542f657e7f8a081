package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.repository.CatalogueRepository;
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
    private final EventCodec codec;
    private final Clock clock;

    public CatalogueService(CatalogueRepository catalogue, EventCodec codec, Clock clock) {
        this.catalogue = catalogue;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CatalogueProcedure> search(String query, PageRequest page) {
        return catalogue.search(query, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueProcedure get(String code) {
        return catalogue.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Procedure " + code + " is not in the local catalogue."));
    }
}
