package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.procedures.event.ProcedureEvents;
import vn.cchc.procedures.repository.ProcedureRepository;
import vn.cchc.procedures.repository.PublicationDecisionRepository;
import vn.cchc.procedures.rest.ProcedureDtos.CreateProcedureRequest;
import vn.cchc.procedures.rest.ProcedureDtos.PublicationRequest;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** Use cases of the catalogue; each public method is one transaction. */
@ApplicationScoped
public class ProcedureService {

    private final ProcedureRepository procedures;
    private final PublicationDecisionRepository decisions;
    private final ProcedureEvents events;
    private final Clock clock;

    public ProcedureService(ProcedureRepository procedures, PublicationDecisionRepository decisions,
                            ProcedureEvents events, Clock clock) {
        this.procedures = procedures;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Procedure create(CreateProcedureRequest request, String author) {
        String code = request.code().trim();
        if (procedures.existsByCode(code)) {
            throw ProblemException.conflict("A procedure with code " + code + " already exists.");
        }
        Procedure procedure = Procedure.draft(code, request.name(), request.field(), request.level(),
                request.processingTime().value(), request.processingTime().unit(), author, now());
        procedures.persistAndFlush(procedure);
        return procedure;
    }

    /** Records the Quyết định công bố, puts the draft in force and announces it, in one transaction. */
    @Transactional
    public Procedure publish(String code, PublicationRequest request, String author) {
        if (request.effectiveDate().isBefore(request.decisionDate())) {
            throw ProblemException.invalid("effectiveDate", "notBeforeDecisionDate",
                    "must not be before decisionDate");
        }
        Procedure procedure = procedures.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No procedure with code " + code + "."));
        try {
            procedure.publish(now());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        PublicationDecision decision = new PublicationDecision(procedure, PublicationDecision.Kind.PUBLISH,
                request.decisionNumber(), request.decisionDate(), request.effectiveDate(), now(), author);
        decisions.persist(decision);
        events.published(procedure, decision);
        return procedure;
    }

    /** Public readers see procedures in force; catalogue staff also see drafts and abolished ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Procedure> search(String query, boolean includeNonPublic, PageRequest page) {
        Set<ProcedureState> states = includeNonPublic ? EnumSet.allOf(ProcedureState.class) : ProcedureState.PUBLIC;
        return procedures.search(query, states, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Procedure get(String code, boolean includeNonPublic) {
        return procedures.findByCode(code)
                .filter(p -> includeNonPublic || ProcedureState.PUBLIC.contains(p.getState()))
                .orElseThrow(() -> ProblemException.notFound("No procedure with code " + code + "."));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
