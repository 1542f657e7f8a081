package vn.cchc.shared.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, where it is, and the total count of matching items. A list that can hold millions of
 * rows (the worklist at 10 M dossiers) counts only up to a cap: then {@code totalCapped} is true and {@code total} is
 * the cap, a lower bound ("more than 10,000").
 */
public record Page<T>(
        List<T> items,
        int page,
        int size,

        @Schema(description = "Matching items; when totalCapped, the count stopped here: at least this many")
        long total,

        @Schema(description = "true when the count stopped at the list's cap (total is then a lower bound)")
        boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    /** Runs a Panache query for one page and counts all its matches. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list();
        return of(items, request, query.count());
    }

    /**
     * Runs a Panache query for one page and counts its matches up to {@code cap}, with {@code count} (the number of
     * matches among the first {@code cap + 1}, e.g. a {@code select id … limit cap + 1}): a count over millions of
     * rows costs seconds, and nobody pages that far.
     */
    public static <T> Page<T> ofCapped(
            PanacheQuery<T> query, PageRequest request, int cap, java.util.function.IntUnaryOperator count) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list();
        return capped(items, request, cap, count.applyAsInt(cap + 1));
    }

    /** A page whose total is {@code counted} matches, or {@code cap} and capped when more than {@code cap} were. */
    public static <T> Page<T> capped(List<T> items, PageRequest request, int cap, int counted) {
        if (cap < 1 || counted < 0) {
            throw new IllegalArgumentException("cap " + cap + ", counted " + counted);
        }
        boolean capped = counted > cap;
        return new Page<>(List.copyOf(items), request.page(), request.size(), capped ? cap : counted, capped);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
