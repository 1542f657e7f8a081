package vn.cchc.shared.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it is, and the total count of matching items. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    /** Runs a Panache query for one page and counts all its matches. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list();
        return of(items, request, query.count());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
