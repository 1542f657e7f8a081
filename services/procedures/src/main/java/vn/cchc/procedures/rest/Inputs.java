package vn.cchc.procedures.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import vn.cchc.procedures.domain.DateRange;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Request checks the resources run themselves, in order: access first (the policy), then the body's bean
 * validation ({@link #valid}), so that a refused caller gets 403 whatever the body holds. Query parameters
 * that Jakarta REST would turn into a 404 (an unknown enum constant) or pass on unchecked (a date in year
 * 9999, NFD text) are read here into a 400 naming the parameter.
 */
@ApplicationScoped
public class Inputs {

    private final Validator validator;

    public Inputs(Validator validator) {
        this.validator = validator;
    }

    /**
     * The body after bean validation (400 naming each field as a JSON path, {@code fees[0].amount}), or 400
     * {@code body} when absent.
     */
    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "required", Messages.REQUEST_NEEDS_JSON_BODY);
        }
        Set<ConstraintViolation<T>> found = validator.validate(body);
        if (!found.isEmpty()) {
            Violations violations = new Violations();
            found.stream()
                    .map(v -> new Problem.Violation(path(v.getPropertyPath()), rule(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::rule))
                    .forEach(violations::add);
            violations.throwIfAny();
        }
        return body;
    }

    /**
     * The JSON path of a bean-validation property path: an element of a list carries its index on the node
     * after the list ({@code fees}, {@code amount[0]} is {@code fees[0].amount}); a list element itself has
     * no name ({@code steps[2]}).
     */
    static String path(jakarta.validation.Path propertyPath) {
        StringBuilder out = new StringBuilder();
        for (jakarta.validation.Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                out.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<") && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String rule(ConstraintViolation<?> v) {
        String annotation =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return Character.toLowerCase(annotation.charAt(0)) + annotation.substring(1);
    }

    /** A date parameter inside 1900–2100 (or absent). */
    public static LocalDate date(String name, LocalDate date) {
        if (!DateRange.ok(date)) {
            throw ProblemException.invalid(name, DateRange.RULE, DateRange.TEXT);
        }
        return date;
    }

    /** A date parameter (yyyy-MM-dd) inside 1900–2100, or null when absent; anything else 400 naming it. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "date", Messages.DATE_YYYY_MM_DD);
        }
        return date(name, date);
    }

    /** An enum parameter by its constant name (case-insensitive); absent = null; anything else 400. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw ProblemException.invalid(name, "oneOf", Messages.ONE, allowed);
        }
    }

    /** Free text of a query parameter in NFC (exact-match filters compare with stored NFC text). */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
