package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.Fixtures;

/**
 * Issue 11 item 4, the resource test: the largest junk imports the limits allow (10 MB, 20,000 rows of junk, CSV
 * and JSON) run while another client keeps calling a cheap GET. The import must end REJECTED or FAILED with a
 * capped error report, and the concurrent GETs must be answered in under a second at the 95th percentile (or under
 * ten times the same GET's worst case without an import, on a machine that loaded), none in more than five. Heap and latency are printed
 * for the closing note.
 */
@QuarkusTest
class ImportLoadTest {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    @BeforeEach
    void province() {
        Fixtures.h99();
    }

    @Test
    void theLargestJunkCsvIsRejectedWhileTheServiceKeepsAnswering() {
        String header = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,"
                + "Thời hạn theo quy định,Cách thức thực hiện,Mức độ DVCTT,Đủ điều kiện toàn trình,\"Phí, lệ phí\","
                + "Căn cứ pháp lý,Số QĐ công bố,Ngày QĐ,Ngày hiệu lực\n";
        // every row breaks several rules: ~100,000 errors in all; padded with junk so that the file is ~10 MB
        int headerBytes = header.getBytes(StandardCharsets.UTF_8).length;
        int rowBytes = (MAX_BYTES - headerBytes) / MAX_ROWS - 1;
        StringBuilder csv = new StringBuilder(MAX_BYTES).append(header);
        for (int i = 0; i < MAX_ROWS; i++) {
            String row = "junk code " + i
                    + ",,Lĩnh vực,Cấp thôn,NO.SUCH,ba ngày,tuần,x,Fax,Gần hết,Có lẽ,Phí: tám nghìn,,," + "31/02/2025,";
            csv.append(row);
            for (int pad = row.getBytes(StandardCharsets.UTF_8).length; pad < rowBytes; pad++) {
                csv.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
            }
            csv.append('\n');
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        run("text/csv; charset=UTF-8", body, "CSV");
    }

    @Test
    void theLargestJunkJsonIsRejectedWhileTheServiceKeepsAnswering() {
        StringBuilder json = new StringBuilder(MAX_BYTES).append("{\"rows\":[");
        int rowBytes = MAX_BYTES / MAX_ROWS - 2;
        for (int i = 0; i < MAX_ROWS; i++) {
            StringBuilder row = new StringBuilder("{\"code\":\"junk ")
                    .append(i)
                    .append("\",\"name\":\"\",\"levels\":[\"hamlet\"],"
                            + "\"processingTime\":{\"value\":-1,\"unit\":\"WORKING_DAYS\"},\"fees\":[{\"name\":\"\",\"amount\":-5}],"
                            + "\"internalSteps\":[{\"name\":\"a\",\"duration\":0}],\"pad\":\"");
            while (row.length() < rowBytes - 2) {
                row.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
            }
            json.append(i == 0 ? "" : ",").append(row).append("\"}");
        }
        json.append("]}");
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        run("application/json", body, "JSON");
    }

    @Test
    void oneByteMoreThanTheLimitIsRefusedAtOnce() {
        byte[] body = new byte[MAX_BYTES + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        given().auth()
                .oauth2(Fixtures.CATALOGUE)
                .contentType("text/csv; charset=UTF-8")
                .body(body)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"), "violations[0].rule", equalTo("maxBytes"));
    }

    /** The same cheap GET, a few seconds without an import: the machine's own latency, for comparison. */
    private static List<Long> baseline() {
        List<Long> sorted = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            given().when().get("/api/v1/procedures/units/levels").then().statusCode(200);
            if (i >= 10) {
                sorted.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(sorted);
        return sorted;
    }

    private void run(String type, byte[] body, String label) {
        assertTrue(body.length <= MAX_BYTES, label + " file of " + body.length + " bytes");
        Runtime runtime = Runtime.getRuntime();
        List<Long> base = baseline();
        System.gc();
        long liveBefore = runtime.totalMemory() - runtime.freeMemory();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicLong heapMax = new AtomicLong();

        Thread client = new Thread(
                () -> {
                    while (importing.get()) {
                        long start = System.nanoTime();
                        given().when()
                                .get("/api/v1/procedures/units/levels")
                                .then()
                                .statusCode(200);
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        heapMax.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);

                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "import-load-client");
        client.start();
        long started = System.nanoTime();
        ValidatableResponse job;
        try {
            String id = given().auth()
                    .oauth2(Fixtures.CATALOGUE)
                    .contentType(type)
                    .header("X-File-Name", "junk")
                    .body(body)
                    .when()
                    .post("/api/v1/procedures/imports")
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id");
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> !"RUNNING"
                            .equals(given().auth()
                                    .oauth2(Fixtures.CATALOGUE)
                                    .when()
                                    .get("/api/v1/procedures/imports/" + id)
                                    .then()
                                    .extract()
                                    .path("status")));
            job = given().auth()
                    .oauth2(Fixtures.CATALOGUE)
                    .when()
                    .get("/api/v1/procedures/imports/" + id)
                    .then()
                    .statusCode(200);
        } finally {
            importing.set(false);
            try {
                client.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.gc();
        long liveAfter = runtime.totalMemory() - runtime.freeMemory();
        job.body("status", anyOf(equalTo("REJECTED"), equalTo("FAILED")), "errors.size()", lessThanOrEqualTo(1000));
        int errors = job.extract().path("errors.size()");
        int errorTotal = job.extract().path("errorTotal");
        int total = job.extract().path("total");
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        System.out.printf(
                "junk %s import: %d bytes, %d rows, status %s, %d errors kept of %d, %d s; "
                        + "heap used max %d MB (garbage included; max heap %d MB), after a full GC %d MB before and %d MB after; "
                        + "concurrent GET: %d calls, latency max %d ms, p50 %d ms (without import: max %d ms, p50 %d ms; "
                        + "load average %.1f)%n",
                label,
                body.length,
                total,
                job.extract().path("status"),
                errors,
                errorTotal,
                seconds,
                heapMax.get() / (1024 * 1024),
                runtime.maxMemory() / (1024 * 1024),
                liveBefore / (1024 * 1024),
                liveAfter / (1024 * 1024),
                sorted.size(),
                max,
                p50,
                base.get(base.size() - 1),
                base.get(base.size() / 2),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        assertEquals(MAX_ROWS, total, "every row counted");
        assertEquals(1000, errors, "the report keeps the first 1,000 errors");
        assertTrue(errorTotal > 1000, "and counts all of them: " + errorTotal);
        assertTrue(sorted.size() >= 3, "the client kept calling: " + sorted.size());
        // Starvation, not a single hiccup, is the failure: 95 % of the concurrent GETs within a second (or ten times
        // the same GET's worst case without an import, on a loaded CI machine), and none held for five seconds. An
        // import that blocked the event loop or took every worker would fail both; one GC pause or a neighbouring
        // build's burst on a 2-core machine (1.1 s once in CI) fails neither.
        long bound = Math.max(1000, 10 * base.get(base.size() - 1));
        long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        assertTrue(
                p95 < bound,
                "95 % of the concurrent GETs answered within " + bound
                        + " ms (1 s, or 10x the GET's max without an import); p95 was " + p95 + " ms");
        assertTrue(max < Math.max(5000, bound), "no concurrent GET held for 5 s; max was " + max + " ms");
    }
}
