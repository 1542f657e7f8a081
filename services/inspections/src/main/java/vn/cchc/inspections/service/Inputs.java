package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Bean validation of a request body, run by the use case <em>after</em> the access check, so that a caller without
 * access gets 403/404 whatever the body, and a caller with access a 400 naming each field and rule
 * ({@code contentGroups[0]}, {@code team[2].role}).
 */
@ApplicationScoped
public class Inputs {

    private final Validator validator;

    public Inputs(Validator validator) {
        this.validator = validator;
    }

    /** 400 naming every broken constraint of {@code in} ({@code body} when there is none). */
    public <T> T check(T in) {
        if (in == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_BODY_REQUIRED);
        }
        Violations v = new Violations();
        add(v, "", validator.validate(in));
        v.throwIfAny();
        return in;
    }

    /** A list body: at most {@code max} elements, each valid; fields named {@code [k].field}. */
    public <T> List<T> checkAll(List<T> list, int max) {
        if (list == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_ARRAY_REQUIRED);
        }
        if (list.size() > max) {
            throw ProblemException.invalid("body", "size", Messages.MOST_ELEMENTS, max);
        }
        Violations v = new Violations();
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == null) {
                v.add("[" + k + "]", "notNull", Messages.MUST_NULL);
            } else {
                add(v, "[" + k + "]", validator.validate(list.get(k)));
            }
        }
        v.throwIfAny();
        return list;
    }

    private static <T> void add(Violations v, String prefix, java.util.Set<ConstraintViolation<T>> found) {
        found.stream()
                .sorted(Comparator.comparing(Inputs::fieldOf).thenComparing(Inputs::ruleOf))
                .forEach(c -> v.add(join(prefix, fieldOf(c)), ruleOf(c), c.getMessage()));
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + "." + field;
    }

    /** "team[2].role", "contentGroups[0]" (a list element is named by its index, not by "&lt;list element&gt;"). */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && !field.toString().endsWith("]")) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty() && !field.toString().endsWith("]")) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }

    static String ruleOf(ConstraintViolation<?> violation) {
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }
}
