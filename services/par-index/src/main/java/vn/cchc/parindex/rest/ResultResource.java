package vn.cchc.parindex.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.parindex.domain.indicators.SurveyRow;
import vn.cchc.parindex.service.CriteriaSetTransfer;
import vn.cchc.parindex.service.ResultsService;
import vn.cchc.parindex.service.ServiceIndexService;
import vn.cchc.parindex.service.SurveyService;
import vn.cchc.shared.http.ContentDisposition;
import vn.cchc.shared.security.Caller;

@Path("/api/v1/par-index")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Results", description = "Xếp hạng, so sánh qua các năm, khảo sát, chỉ số QĐ 766")
public class ResultResource {

    private final ResultsService results;
    private final SurveyService surveys;
    private final ServiceIndexService serviceIndex;
    private final Caller caller;

    public ResultResource(
            ResultsService results, SurveyService surveys, ServiceIndexService serviceIndex, Caller caller) {
        this.results = results;
        this.surveys = surveys;
        this.serviceIndex = serviceIndex;
        this.caller = caller;
    }

    @GET
    @Path("/rankings")
    @Operation(
            operationId = "getRanking",
            summary = "Ranking of a year and level with groups A ≥ 90 %, B 80–90 %, C < 80 %, and last year's %")
    public ResultsService.Ranking ranking(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("level") String level,
            @QueryParam("province") @jakarta.validation.constraints.Pattern(regexp = "H[0-9]{2}") String province) {
        return results.ranking(province, year, level, caller);
    }

    @GET
    @Path("/rankings/export")
    @Produces(CriteriaSetTransfer.XLSX)
    @Operation(operationId = "exportRanking", summary = "The ranking as .xlsx")
    @APIResponse(
            responseCode = "200",
            description = "The ranking as .xlsx",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("level") String level,
            @QueryParam("province") @jakarta.validation.constraints.Pattern(regexp = "H[0-9]{2}") String province) {
        ResultsService.Ranking ranking = results.ranking(province, year, level, caller);
        // the file name is built from checked values only: the province code, the year and the level constant
        return Response.ok(results.export(ranking), CriteriaSetTransfer.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("xep-hang-" + ranking.province() + "-" + ranking.year() + "-"
                                + ranking.level() + ".xlsx"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/results/units/{unitCode}/history")
    @Operation(
            operationId = "getUnitResultHistory",
            summary = "A unit's results by year, with the change from the year before")
    public List<ResultsService.HistoryRow> history(@PathParam("unitCode") String unitCode) {
        return results.history(unitCode, caller);
    }

    @POST
    @Path("/surveys/import")
    @BodyLimit(SurveyService.MAX_BYTES)
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "importSurvey",
            summary = "Import SIPAS-style survey results of a year (CSV or JSON rows; at most 2 MB and 5,000 rows; "
                    + "appraisers and admins, units of their province)")
    public SurveyService.ImportResult importSurvey(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        return surveys.importRows(year, body, contentType, caller);
    }

    @GET
    @Path("/surveys")
    @Operation(
            operationId = "listSurveys",
            summary = "Imported survey values of a year (own subtree; appraisers/admins: the province)")
    public List<SurveyRow> surveys(
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year, @QueryParam("unitCode") String unitCode) {
        return surveys.list(year, unitCode, caller);
    }

    @GET
    @Path("/service-index/{unitCode}")
    @Operation(
            operationId = "getServiceIndex",
            summary = "QĐ 766 service index of a unit for a month (2026-05), quarter (2026-Q2) or year (2026)")
    public ServiceIndexService.IndexView serviceIndex(
            @PathParam("unitCode") String unitCode, @QueryParam("period") @NotBlank String period) {
        return serviceIndex.index(unitCode, period, caller);
    }

    @GET
    @Path("/service-index/{unitCode}/trend")
    @Operation(operationId = "getServiceIndexTrend", summary = "The QĐ 766 index of the twelve months of a year")
    public List<ServiceIndexService.TrendPoint> trend(
            @PathParam("unitCode") String unitCode, @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return serviceIndex.trend(unitCode, year, caller);
    }
}
