package vn.cchc.parindex.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.parindex.service.AssessmentDtos.AppraisalWorkCounts;
import vn.cchc.parindex.service.AssessmentService;
import vn.cchc.shared.security.Caller;

/** The appraiser's work counts on the home page (issue 17 §4), each the total of the assessment list it links to. */
@Path("/api/v1/par-index/work-counts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Assessments", description = "Tự chấm điểm, thẩm định, giải trình, công bố")
public class WorkCountResource {

    private final AssessmentService service;
    private final Caller caller;

    public WorkCountResource(AssessmentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "getAppraisalWorkCounts",
            summary = "The appraiser's open work: self-assessments waiting for appraisal and for re-appraisal",
            description = "Over the appraiser's assessment list (its province). Each count is the total of a list: "
                    + "waitingAppraisal `GET /api/v1/par-index/assessments?status=SUBMITTED`, waitingReappraisal "
                    + "`?status=EXPLANATION`. 403 for other roles and for an appraiser whose unit par-index does not "
                    + "know.")
    public AppraisalWorkCounts workCounts() {
        return service.workCounts(caller);
    }
}
