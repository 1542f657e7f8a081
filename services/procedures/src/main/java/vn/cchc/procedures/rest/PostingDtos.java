package vn.cchc.procedures.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.procedures.domain.ProcedureState;

/** Bodies of the posting (niêm yết) and compliance API. */
public final class PostingDtos {

    private PostingDtos() {}

    public record PostingItemInput(
            @NotBlank @Size(max = 60) String procedureCode,
            @Min(1) Integer version) {}

    public record PostingListInput(
            @NotNull @Size(max = 10000) List<@Valid @NotNull PostingItemInput> items) {}

    public record PostedItemView(String procedureCode, String name, int version, LocalDate postedOn) {}

    public record PostingView(String unitCode, String unitName, List<PostedItemView> items) {}

    public record StaleView(String procedureCode, String name, int postedVersion, ProcedureState state) {}

    public record MissingView(String procedureCode, String name, int version) {}

    public record OutdatedView(String procedureCode, String name, int postedVersion, int versionInForce) {}

    public record ComplianceReport(
            String unitCode,
            String unitName,
            LocalDate asOf,
            int required,
            int posted,
            int compliant,
            BigDecimal complianceRate,
            List<StaleView> stalePosted,
            List<MissingView> missing,
            List<OutdatedView> outdated) {}

    public record ComplianceSummary(
            String unitCode,
            String unitName,
            int required,
            int posted,
            int compliant,
            int missing,
            int stale,
            int outdated,
            BigDecimal complianceRate) {}

    public record ComplianceTotals(
            int units,
            int required,
            int posted,
            int compliant,
            int missing,
            int stale,
            int outdated,
            BigDecimal complianceRate) {}

    public record ComplianceOverview(
            LocalDate asOf, String unitCode, ComplianceTotals totals, List<ComplianceSummary> units) {}
}
