package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.security.AccessPolicy;
import vn.cchc.shared.security.Caller;

/**
 * The catalogue staff's work counts on the home page (issue 17 §4): each the total of the list it links to, over the
 * caller's province (catalogue-admins and admins of a province; others 403, {@link AccessPolicy}).
 */
@ApplicationScoped
public class CatalogueWorkService {

    /** Decisions taking effect within this many days after today (today included) are "soon". */
    public static final int DECISIONS_WITHIN_DAYS = 7;

    private final ProcedureService procedures;
    private final ComplianceService compliance;
    private final UnitService units;
    private final AccessPolicy access;

    public CatalogueWorkService(
            ProcedureService procedures, ComplianceService compliance, UnitService units, AccessPolicy access) {
        this.procedures = procedures;
        this.compliance = compliance;
        this.units = units;
        this.access = access;
    }

    /** The counts, each with the filter of the list that holds it. */
    public record CatalogueWorkCounts(
            @Schema(description = "The caller's province (its catalogue)", examples = "H99")
            String province,

            @Schema(description = "The day the counts are of (Vietnamese calendar)", examples = "2026-12-07")
            LocalDate asOf,

            @Schema(
                    description = "Dự thảo: procedures whose state is DRAFT today (a draft, or decided with a later "
                            + "effective date) that the caller sees; list `GET /api/v1/procedures?state=DRAFT`")
            long drafts,

            @Schema(
                    description = "Quyết định công bố sắp có hiệu lực: decisions changing the province's catalogue "
                            + "whose effective date lies from effectiveFrom to effectiveTo; list "
                            + "`GET /api/v1/procedures/decisions?catalogue={province}&effectiveFrom=&effectiveTo=`")
            long decisionsTakingEffect,

            @Schema(description = "First day of the decisions' window: today", examples = "2026-12-07")
            LocalDate effectiveFrom,

            @Schema(description = "Last day of the decisions' window: today + 7 days", examples = "2026-12-14")
            LocalDate effectiveTo,

            @Schema(
                    description = "Niêm yết còn thiếu: procedures in force that the province's receiving points must "
                            + "post and do not (`totals.missing` of `GET /api/v1/procedures/compliance`)")
            long missingPostings,

            @Schema(
                    description = "Hết hiệu lực vẫn niêm yết: procedures no longer in force still posted "
                            + "(`totals.stale` of `GET /api/v1/procedures/compliance`)")
            long stalePostings) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogueWorkCounts workCounts(Caller caller) {
        String province = access.catalogueWorkProvince(caller);
        LocalDate today = procedures.today();
        LocalDate until = today.plusDays(DECISIONS_WITHIN_DAYS);
        long drafts = procedures.countByState(ProcedureState.DRAFT, today, access.unpublishedCatalogues(caller));
        long decisions = procedures.countDecisions(today, until, province);
        AdminUnit root = units.get(province);
        ComplianceService.Totals totals = ComplianceService.Totals.of(compliance.summary(root, today));
        return new CatalogueWorkCounts(
                province, today, drafts, decisions, today, until, totals.missing(), totals.stale());
    }
}
