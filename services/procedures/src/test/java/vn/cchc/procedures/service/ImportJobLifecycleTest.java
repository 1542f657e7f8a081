package vn.cchc.procedures.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.importing.ParsedFile;
import vn.cchc.procedures.importing.RowErrors;

/** Issue 11 item 4: an import job never stays RUNNING, whatever happens to it. */
@QuarkusTest
class ImportJobLifecycleTest {

    @Inject
    ImportProgress progress;

    @Test
    void aJobLeftRunningByAPreviousRunEndsFailedAtStartUp() {
        ImportJob job = progress.create("old.csv", ImportJob.Format.CSV, "someone", "H99");
        // the service "restarts": every job started before it is over
        assertTrue(progress.failInterrupted(OffsetDateTime.now().plusSeconds(1)) >= 1, "the job was RUNNING");
        ImportJob after = progress.get(job.getId());
        assertEquals(ImportJob.Status.FAILED, after.getStatus());
        assertEquals("interrupted", after.getErrors().get(0).rule());
        assertEquals(0, progress.failInterrupted(OffsetDateTime.now().plusSeconds(1)));
    }

    @Test
    void anErrorInsideTheJobEndsItFailedWithAReason() {
        Fixtures.h99();
        QuarkusMock.installMockForType(
                new ImportSteps(null, null, null, null, null, null, null, null, null) {
                    @Override
                    public RowErrors validate(UUID id, ParsedFile parsed, int total, String catalogue) {
                        throw new OutOfMemoryError("simulated");
                    }
                },
                ImportSteps.class);
        String csv = "Mã TTHC,Tên TTHC,Lĩnh vực,Thời hạn giải quyết\n1.1,A,B,3\n";
        String id = given().auth()
                .oauth2(Fixtures.CATALOGUE)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(Fixtures.CATALOGUE)
                                .when()
                                .get("/api/v1/procedures/imports/" + id)
                                .then()
                                .extract()
                                .path("status")));
        given().auth()
                .oauth2(Fixtures.CATALOGUE)
                .when()
                .get("/api/v1/procedures/imports/" + id)
                .then()
                .body(
                        "status",
                        equalTo("FAILED"),
                        "errors[0].message",
                        containsString("memory"),
                        "finishedAt",
                        org.hamcrest.Matchers.notNullValue());
    }
}
