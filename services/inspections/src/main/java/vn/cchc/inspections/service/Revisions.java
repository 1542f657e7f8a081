package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.shared.http.Preconditions;
import vn.cchc.shared.security.Caller;

/**
 * The revision of an inspection or a plan, for {@code ETag}/{@code If-Match} (docs/adr/0013-concurrency-and-idempotency
 * .md). An inspection is one aggregate with its schedule, self-report, findings and conclusion: a write to any of them
 * makes a new revision of the inspection (its {@code @Version} is force-incremented), so an editor holding an older
 * tag cannot overwrite a change made meanwhile to another part. A plan likewise with its team.
 */
@ApplicationScoped
public class Revisions {

    private final EntityManager em;
    private final Preconditions preconditions;

    public Revisions(EntityManager em, Preconditions preconditions) {
        this.em = em;
        this.preconditions = preconditions;
    }

    /** 412 when {@code ifMatch} names another revision of {@code i}; 428 when absent (outside the SPA's grace). */
    public void require(String ifMatch, Inspection i, Caller caller) {
        preconditions.require(ifMatch, i.getVersion(), caller);
    }

    public void require(String ifMatch, InspectionPlan plan, Caller caller) {
        preconditions.require(ifMatch, plan.getVersion(), caller);
    }

    /**
     * Ends a write to {@code i}: a new revision (the update is conditional on the one loaded, so a concurrent writer
     * fails with 409), flushed so that the answer's ETag names it.
     */
    public long next(Inspection i) {
        em.lock(i, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        return i.getVersion();
    }

    public long next(InspectionPlan plan) {
        em.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        em.flush();
        return plan.getVersion();
    }
}
