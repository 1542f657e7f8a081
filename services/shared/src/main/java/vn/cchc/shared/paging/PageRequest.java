package vn.cchc.shared.paging;

/** A validated page request; {@link #size()} never exceeds {@link PageParams#MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1");
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, Math.min(size, PageParams.MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }
}
