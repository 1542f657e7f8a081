package vn.cchc.inspections.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.service.Listing;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the parameter and the rule
 * (never a 404 from a failed conversion, never a number that overflows further down).
 */
final class Params {

    /** Largest page of any list of this service. */
    static final int MAX_PAGE_SIZE = 500;
    /** Highest page number: page × size stays far inside an int. */
    static final int MAX_PAGE = 1_000_000;

    static final String TOTAL_HEADER = "X-Total-Count";

    private Params() {}

    /** A date as YYYY-MM-DD between the years 1900 and 2100; null when absent. */
    static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "isoDate", Messages.MUST_DATE_YYYY_MM_DD);
        }
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw ProblemException.invalid(name, "yearRange", Messages.MUST_DATE_BETWEEN_YEARS);
        }
        return date;
    }

    /** An integer in [min, max]; null when absent. */
    static Integer integer(String text, String name, int min, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "integer", Messages.MUST_WHOLE_NUMBER);
        }
        if (value < min || value > max) {
            throw ProblemException.invalid(name, "range", Messages.MUST_BETWEEN, min, max);
        }
        return value;
    }

    static UUID uuid(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "uuid", Messages.MUST_UUID);
        }
    }

    static boolean bool(String text, String name) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "boolean", Messages.MUST_TRUE_FALSE);
        };
    }

    /** {@code page} (from 0) and {@code size} (1–{@value #MAX_PAGE_SIZE}, default {@code defaultSize}). */
    static PageRequest page(String page, String size, int defaultSize) {
        Integer p = integer(page, "page", 0, MAX_PAGE);
        Integer s = integer(size, "size", 1, MAX_PAGE_SIZE);
        return new PageRequest(p == null ? 0 : p, s == null ? defaultSize : s);
    }

    /**
     * The page in the shared paging envelope ({@code items, page, size, total}: docs/adr/0011-api-conventions.md),
     * with the count of all matches also in {@value #TOTAL_HEADER} (what these lists answered before the envelope).
     */
    static <T> RestResponse<Page<T>> listed(Listing<T> listing, PageRequest request) {
        return RestResponse.ResponseBuilder.ok(Page.of(listing.items(), request, listing.total()))
                .header(TOTAL_HEADER, listing.total())
                .build();
    }

    static Response created(Object entity) {
        return Response.status(201).entity(entity).build();
    }

    /**
     * 201 with {@code Location}: the path of the created resource, made absolute against this service's address;
     * the gateway rewrites it to the address the client called (gateway proxy/LocationRewriter).
     */
    static Response created(String path, Object entity) {
        return Response.created(java.net.URI.create(path)).entity(entity).build();
    }
}
