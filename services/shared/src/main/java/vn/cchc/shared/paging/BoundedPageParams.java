package vn.cchc.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * Paging query parameters of the lists that refuse an oversized page instead of capping it: {@code page} (0-based)
 * and {@code size} (default {@value PageParams#DEFAULT_SIZE}, 1–{@value PageParams#MAX_SIZE}); {@code size} above
 * the maximum is a 400 naming {@code size} (rule {@code max}), so a client never believes it got everything.
 * The newer lists use it; {@link PageParams} (silent cap) stays for the lists whose clients may ask for more.
 */
public class BoundedPageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{cchc.page.min0}")
    @Max(value = 1_000_000, message = "{cchc.page.max}")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{cchc.page.min1}")
    @Max(value = PageParams.MAX_SIZE, message = "{cchc.page.max}")
    public int size = PageParams.DEFAULT_SIZE;

    public PageRequest toRequest() {
        return new PageRequest(page, size);
    }
}
