package vn.cchc.shared.paging;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging query parameters shared by every list endpoint: {@code page} (0-based) and {@code size}
 * (default 20, capped at {@value #MAX_SIZE}: a larger request gets the cap, never an unbounded page).
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{cchc.page.min0}")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{cchc.page.min1}")
    public int size = DEFAULT_SIZE;

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
