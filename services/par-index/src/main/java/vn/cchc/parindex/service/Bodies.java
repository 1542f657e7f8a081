package vn.cchc.parindex.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Bean validation of a request body, run by the use case <em>after</em> its access check (so that a caller without
 * the right gets 403/404 whatever the body), with a bounded list of violations named by their JSON path
 * ({@code fields[0].children[2].maxPoints}).
 */
public final class Bodies {

    private Bodies() {}

    public static <T> T requireValid(Validator validator, T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_BODY_REQUIRED);
        }
        Violations violations = new Violations();
        validator.validate(body).stream()
                .map(Bodies::violation)
                .sorted(Comparator.comparing(Problem.Violation::field))
                .forEach(violations::add);
        violations.throwIfAny();
        return body;
    }

    /** 413 naming {@code body}: the request is larger than its endpoint accepts. */
    public static ProblemException tooLarge(long max) {
        return new ProblemException(
                413,
                "payload-too-large",
                vn.cchc.shared.problem.CommonMessages.TITLE_PAYLOAD_TOO_LARGE.with(),
                vn.cchc.shared.problem.CommonMessages.FIELD_MESSAGE.with(
                        "body", vn.cchc.parindex.domain.Messages.ENDPOINT_ACCEPTS_AT_MOST.with(max)),
                java.util.List.of(vn.cchc.shared.problem.LocalizedViolation.of(
                        "body", "maxSize", vn.cchc.parindex.domain.Messages.AT_MOST_BYTES, max)));
    }

    private static Problem.Violation violation(ConstraintViolation<?> v) {
        String annotation =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String path = v.getPropertyPath().toString();
        return new Problem.Violation(
                path.isEmpty() ? "body" : path,
                Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1),
                v.getMessage());
    }
}
