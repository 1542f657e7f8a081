package vn.cchc.parindex.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The steps of an assessment, who takes them and from which states. Plain Java: the service checks the caller
 * against {@link Actor} and the state against {@link #from}; a step from another state is a 409.
 */
public enum WorkflowAction {
    SUBMIT(Actor.UNIT, AssessmentStatus.SUBMITTED, AssessmentStatus.DRAFT),
    APPRAISE(Actor.APPRAISER, AssessmentStatus.APPRAISED, AssessmentStatus.SUBMITTED),
    EXPLAIN(Actor.UNIT, AssessmentStatus.EXPLANATION, AssessmentStatus.APPRAISED),
    REAPPRAISE(Actor.APPRAISER, AssessmentStatus.REAPPRAISED, AssessmentStatus.EXPLANATION),
    FINALISE(Actor.APPRAISER, AssessmentStatus.FINALISED, AssessmentStatus.APPRAISED, AssessmentStatus.REAPPRAISED),
    PUBLISH(Actor.APPRAISER_OR_ADMIN, AssessmentStatus.PUBLISHED, AssessmentStatus.FINALISED);

    /** UNIT = leader or specialist whose unit_code is the assessed unit. */
    public enum Actor {
        UNIT,
        APPRAISER,
        APPRAISER_OR_ADMIN
    }

    private final Actor actor;
    private final AssessmentStatus to;
    private final Set<AssessmentStatus> from;

    WorkflowAction(Actor actor, AssessmentStatus to, AssessmentStatus... from) {
        this.actor = actor;
        this.to = to;
        this.from = Set.of(from);
    }

    public Actor actor() {
        return actor;
    }

    public AssessmentStatus to() {
        return to;
    }

    public boolean allowedFrom(AssessmentStatus status) {
        return from.contains(status);
    }

    public Set<AssessmentStatus> from() {
        return from;
    }

    /** Path segment: submit, appraise, … */
    public String slug() {
        return name().toLowerCase();
    }

    public static WorkflowAction ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(a -> a.slug().equals(slug))
                .findFirst()
                .orElse(null);
    }

    public static List<WorkflowAction> availableFrom(AssessmentStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).toList();
    }
}
