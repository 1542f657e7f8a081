package vn.cchc.dossiers.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.shared.problem.ProblemException;

/**
 * Checks of request input that run after the access checks (so that a caller without the right gets 403/404 whatever
 * its body): bean validation of a body, and parameters parsed here rather than by the HTTP layer, so that a bad
 * value is a 400 naming the parameter.
 */
final class Bodies {

    private Bodies() {}

    /** The body, validated; a missing body is a 400 on {@code body}. */
    static <T> T valid(Validator validator, T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "required", Messages.JSON_BODY_REQUIRED);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    static LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalid(name, "required", Messages.DATE_YYYY_MM_DD);
            }
            return null;
        }
        try {
            if (value.length() > 10) {
                throw new DateTimeParseException("too long", value, 10);
            }
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "date", Messages.DATE_YYYY_MM_DD);
        }
    }

    /** One of the constants of {@code type} (case-insensitive), or null when absent. */
    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    name, "oneOf", Messages.ONE, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** One of {@code allowed} (case-insensitive), lower-cased; {@code fallback} when absent. */
    static String oneOf(String name, String value, String fallback, String... allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.trim())) {
                return a;
            }
        }
        throw ProblemException.invalid(name, "oneOf", Messages.ONE, String.join(", ", allowed));
    }

    static long longValue(String name, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "integer", Messages.INTEGER);
        }
    }

    /** A unit or procedure code as a parameter: at most 60 characters. */
    static String code(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 60) {
            throw ProblemException.invalid(name, "size", Messages.MOST_CHARACTERS);
        }
        return value.trim();
    }
}
