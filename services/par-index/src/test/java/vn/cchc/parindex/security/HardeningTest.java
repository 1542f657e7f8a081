package vn.cchc.parindex.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Files;
import vn.cchc.parindex.MatrixFixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * The cases of issue 11 for par-index, each failing if its fix broke: junk imports answered quickly and bounded,
 * header values validated or encoded, uploads checked by content, null/huge inputs refused naming the field with
 * nothing written, access by role and unit for the steps the matrix cannot show (one step per block).
 */
@QuarkusTest
class HardeningTest {

    static final String BASE = MatrixFixture.BASE;
    static final String PROBLEM = "application/problem+json";
    static final String ADMIN = TestTokens.token("h-admin", "H99", "admin");
    static final String ADMIN_OTHER = TestTokens.token("h-admin98", "H98", "admin");
    static final String APPRAISER = TestTokens.token("h-appraiser", "H99.SNV", "appraiser");
    static final String APPRAISER_OTHER = TestTokens.token("h-appraiser98", "H98.SNV", "appraiser");
    static final String INSPECTOR = TestTokens.token("h-inspector", "H99.SNV", "inspector");
    static final String LEADER = TestTokens.token("h-leader", "H99.X01", "leader");
    static final String ROOT_LEADER = TestTokens.token("h-root-leader", "H99", "leader");
    static final String INTEGRATION = TestTokens.token("h-integration", "H99", "integration");
    static final String NATIONAL = TestTokens.token("h-national", null, "national-admin");

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    Map<String, String> vars;

    @BeforeEach
    void fixture() {
        vars = MatrixFixture.create("h" + System.nanoTime() % 1_000_000, codec, mapper, em);
    }

    long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    // ---------------------------------------------------------------- 2. bounded imports

    static String junk(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        String alphabet = "abcxyz0123456789;,.' -_\tđĐệ";
        while (b.length() < length) {
            b.append(random.nextInt(60) == 0 ? '\n' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    Response timedImport(String label, String contentType, byte[] body) {
        long start = System.nanoTime();
        Response r = given().auth()
                .oauth2(APPRAISER)
                .contentType(contentType)
                .queryParam("year", 2030)
                .body(body)
                .when()
                .post(BASE + "/surveys/import");
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("survey import %s (%d bytes): %d in %d ms%n", label, body.length, r.statusCode(), ms);
        assertTrue(ms < 10_000, label + " took " + ms + " ms (a few seconds at most, even on a loaded machine)");
        return r;
    }

    @Test
    void aOneMegabyteJunkSurveyIsAnsweredQuicklyWithABoundedProblemAndWritesNothing() {
        long before = count("survey_result");
        Random random = new Random(11);
        // junk without the header line
        timedImport("junk CSV", "text/csv", junk(random, 1 << 20).getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("body"));
        // the header, then 1 MB of junk rows (more than 5,000)
        timedImport(
                        "header + junk CSV rows",
                        "text/csv",
                        ("unitCode,key,value,respondents,source\n" + junk(random, 1 << 20))
                                .getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("rows"));
        // 4,900 junk rows of ~210 bytes (1 MB): every row wrong in several fields; the list is capped, the total named
        StringBuilder rows = new StringBuilder("unitCode,key,value,respondents,source\n");
        for (int i = 0; i < 4900; i++) {
            rows.append("X")
                    .append(i)
                    .append(",bad key ")
                    .append(i)
                    .append(",1e999,-1,")
                    .append("y".repeat(180))
                    .append('\n');
        }
        timedImport("4,900 junk CSV rows", "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.size()", equalTo(1000), "detail", containsString("violations in all"));
        // the same as JSON
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 4900; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"unitCode\":\"X")
                    .append(i)
                    .append("\",\"key\":\"bad key\",\"value\":\"")
                    .append("z".repeat(150))
                    .append("\",\"respondents\":{}}");
        }
        timedImport(
                        "4,900 junk JSON rows",
                        "application/json",
                        json.append(']').toString().getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.size()", equalTo(1000));
        timedImport(
                        "1 MB of non-JSON",
                        "application/json",
                        junk(random, 1 << 20).getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("body"));
        // larger than the endpoint accepts: 413 before anything is parsed
        timedImport("3 MB", "text/csv", new byte[3 << 20])
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("body"));
        assertEquals(before, count("survey_result"));
        // a good import still works, and only for units of the importer's province
        given().auth()
                .oauth2(APPRAISER)
                .contentType("text/csv")
                .queryParam("year", 2030)
                .body("unitCode,key,value,respondents,source\nH99.X01,SIPAS.TOTAL,91.5,150,SIPAS\n")
                .when()
                .post(BASE + "/surveys/import")
                .then()
                .statusCode(200)
                .body("rows", equalTo(1));
        given().auth()
                .oauth2(APPRAISER_OTHER)
                .contentType("text/csv")
                .queryParam("year", 2030)
                .body("unitCode,key,value,respondents,source\nH99.X01,SIPAS.TOTAL,10,150,SIPAS\n")
                .when()
                .post(BASE + "/surveys/import")
                .then()
                .statusCode(403);
    }

    @Test
    void theLargestAllowedJunkImportsDoNotStopOtherCallers() throws Exception {
        // 2 MB (the limit) of header + 4,999 rows, every row wrong, sent again and again while another client reads
        StringBuilder rows = new StringBuilder("unitCode,key,value,respondents,source\n");
        for (int i = 0; rows.length() < (2 << 20) - 600; i++) {
            rows.append("Q")
                    .append(i % 4999)
                    .append(",bad key,abc,-1,")
                    .append("s".repeat(380))
                    .append('\n');
            if (i >= 4998) {
                break;
            }
        }
        byte[] body = rows.toString().getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger imports = new java.util.concurrent.atomic.AtomicInteger();
        Thread importer = new Thread(() -> {
            for (int k = 0; k < 4; k++) {
                given().auth()
                        .oauth2(APPRAISER)
                        .contentType("text/csv")
                        .queryParam("year", 2030)
                        .body(body)
                        .when()
                        .post(BASE + "/surveys/import")
                        .then()
                        .statusCode(400);
                imports.incrementAndGet();
            }
            done.set(true);
        });
        importer.start();
        List<Long> latencies = new java.util.ArrayList<>();
        while (!done.get()) {
            long start = System.nanoTime();
            given().auth()
                    .oauth2(LEADER)
                    .when()
                    .get(BASE + "/criteria-sets/" + vars.get("set"))
                    .then()
                    .statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
        importer.join();
        latencies.sort(null);
        long max = latencies.get(latencies.size() - 1);
        System.out.printf(
                "during %d junk imports of %d bytes: %d reads, median %d ms, max %d ms%n",
                imports.get(), body.length, latencies.size(), latencies.get(latencies.size() / 2), max);
        assertEquals(4, imports.get());
        assertTrue(max < 5000, "a read took " + max + " ms while junk was imported");
    }

    @Test
    void criteriaSetImportsAreBoundedInSizeRowsAndDepth() {
        long sets = count("criteria_set");
        StringBuilder deep = new StringBuilder();
        String open = "{\"code\":\"1\",\"name\":\"x\",\"maxPoints\":1,\"children\":[";
        deep.append("{\"code\":\"D")
                .append(vars.get("tag"))
                .append("\",\"name\":\"x\",\"year\":2030,\"level\":\"COMMUNE\",")
                .append("\"province\":\"H99\",\"maxPoints\":1,\"fields\":[")
                .append(open.repeat(30))
                .append("]}".repeat(30))
                .append("]}");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(deep.toString())
                .when()
                .post(BASE + "/criteria-sets/import")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        StringBuilder wide = new StringBuilder("{\"code\":\"W")
                .append(vars.get("tag"))
                .append("\",\"name\":\"x\",\"year\":2030,")
                .append("\"level\":\"COMMUNE\",\"province\":\"H99\",\"maxPoints\":1,\"fields\":[");
        for (int i = 0; i < 5001; i++) {
            wide.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"")
                    .append(i)
                    .append("\",\"name\":\"x\",\"maxPoints\":0}");
        }
        long start = System.nanoTime();
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(wide.append("]}").toString())
                .when()
                .post(BASE + "/criteria-sets/import")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("maxNodes"));
        System.out.printf(
                "criteria-set import of 5,001 nodes refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(new byte[5 << 20])
                .when()
                .post(BASE + "/criteria-sets/import")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(Files.html())
                .when()
                .post(BASE + "/criteria-sets/import")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        assertEquals(sets, count("criteria_set"));
    }

    // ---------------------------------------------------------------- 3. header injection

    @Test
    void theRankingExportLevelIsAnEnumAndTheFileNameIsEncoded() {
        for (String level : List.of("COMMUNE%0D%0ASet-Cookie:%20a=b", "X%22;%20filename=evil.html", "commune", "%00")) {
            long start = System.nanoTime();
            given().auth()
                    .oauth2(APPRAISER)
                    .urlEncodingEnabled(false)
                    .when()
                    .get(BASE + "/rankings/export?year=2030&province=H99&level=" + level)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .header("Set-Cookie", nullValue())
                    .header("Content-Disposition", nullValue())
                    .body("violations[0].field", equalTo("level"));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
        }
        given().auth()
                .oauth2(APPRAISER)
                .urlEncodingEnabled(false)
                .when()
                .get(BASE + "/rankings?year=2030&province=H99&level=X%22;%20filename=evil.html")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("level"));
        given().auth()
                .oauth2(APPRAISER)
                .when()
                .get(BASE + "/rankings/export?year=2030&province=H99&level=COMMUNE")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"xep-hang-H99-2030-COMMUNE.xlsx\"; "
                                + "filename*=UTF-8''xep-hang-H99-2030-COMMUNE.xlsx"));
        given().auth()
                .oauth2(APPRAISER)
                .urlEncodingEnabled(false)
                .when()
                .get(BASE + "/rankings/export?year=2030&level=COMMUNE&province=H99%22%0D%0AX:1")
                .then()
                .statusCode(400)
                .header("Content-Disposition", nullValue());
    }

    @Test
    void crLfAndQuotesNeverReachAContentDisposition() {
        long draft = Long.parseLong(vars.get("draft"));
        // CR/LF in the file name: refused naming it
        given().auth()
                .oauth2(LEADER)
                .urlEncodingEnabled(false)
                .contentType("application/pdf")
                .body(Files.pdf())
                .when()
                .post(BASE + "/assessments/" + draft + "/evidence?filename=a.pdf%0D%0ASet-Cookie:%20a=b")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("filename"));
        // quotes and parameters in the file name: stored sanitised, downloaded with one encoded name
        String id = given().auth()
                .oauth2(LEADER)
                .contentType("application/pdf")
                .body(Files.pdf())
                .queryParam("filename", "..\\..\\a\"; filename=evil.html; x=\".pdf")
                .when()
                .post(BASE + "/assessments/" + draft + "/evidence")
                .then()
                .statusCode(201)
                .body("filename", not(containsString("\"")))
                .body("filename", not(containsString("\\")))
                .extract()
                .path("id");
        String disposition = given().auth()
                .oauth2(LEADER)
                .when()
                .get(BASE + "/assessments/" + draft + "/evidence/" + id + "/content")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .header("Content-Disposition");
        // exactly two parameters: one quoted ASCII name without quotes, backslashes or ';' inside, one RFC 8187 name
        assertTrue(
                disposition.matches(
                        "attachment; filename=\"[ -!#-:<-\\[\\]-~]*\"; filename\\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]*"),
                disposition);
        assertEquals(
                "attachment; filename=\"a__ filename=evil.html_ x=_.pdf\"; "
                        + "filename*=UTF-8''a_%3B%20filename%3Devil.html%3B%20x%3D_.pdf",
                disposition);
        // a set code (which names the export) cannot carry quotes or CR/LF
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        "X\"; filename=evil.html",
                        "name",
                        "x",
                        "year",
                        2030,
                        "level",
                        "COMMUNE",
                        "province",
                        "H99",
                        "maxPoints",
                        100))
                .when()
                .post(BASE + "/criteria-sets")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));
        for (String format : List.of("json", "xlsx")) {
            given().auth()
                    .oauth2(LEADER)
                    .queryParam("format", format)
                    .when()
                    .get(BASE + "/criteria-sets/" + vars.get("set") + "/export")
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header(
                            "Content-Disposition",
                            startsWith(
                                    "attachment; filename=\"M" + vars.get("tag") + "-A." + format + "\"; filename*="));
        }
        given().auth()
                .oauth2(LEADER)
                .urlEncodingEnabled(false)
                .when()
                .get(BASE + "/criteria-sets/" + vars.get("set") + "/export?format=xlsx%22%0D%0AX:1")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(LEADER)
                .when()
                .get(BASE + "/criteria-sets/" + vars.get("set") + "/export?format=html")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    // ---------------------------------------------------------------- 4. uploads checked by content

    @Test
    void evidenceIsCheckedByContentAndDownloadedAsAnAttachment() {
        long draft = Long.parseLong(vars.get("draft"));
        long documents = count("evidence_document");
        for (Map.Entry<String, byte[]> hostile :
                Map.of("page.pdf", Files.html(), "setup.pdf", Files.exe()).entrySet()) {
            given().auth()
                    .oauth2(LEADER)
                    .contentType("application/pdf")
                    .queryParam("filename", hostile.getKey())
                    .body(hostile.getValue())
                    .when()
                    .post(BASE + "/assessments/" + draft + "/evidence")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("body"), "violations[0].rule", equalTo("fileType"));
        }
        given().auth()
                .oauth2(LEADER)
                .contentType("image/png")
                .queryParam("filename", "logo.png")
                .body("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8))
                .when()
                .post(BASE + "/assessments/" + draft + "/evidence")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("fileType"));
        // a DOCX declared as a PDF is not what it claims either
        given().auth()
                .oauth2(LEADER)
                .contentType("application/pdf")
                .queryParam("filename", "a.pdf")
                .body(Files.docx())
                .when()
                .post(BASE + "/assessments/" + draft + "/evidence")
                .then()
                .statusCode(400);
        assertEquals(documents, count("evidence_document"));

        String id = given().auth()
                .oauth2(LEADER)
                .contentType("application/pdf")
                .queryParam("filename", "Báo cáo CCHC.pdf")
                .body(Files.pdf())
                .when()
                .post(BASE + "/assessments/" + draft + "/evidence")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"), "filename", equalTo("Báo cáo CCHC.pdf"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(INSPECTOR)
                .when()
                .get(BASE + "/assessments/" + draft + "/evidence/" + id + "/content")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        equalTo(
                                "attachment; filename=\"Bao cao CCHC.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20CCHC.pdf"));
        // the integration client and a province-root account without a PAR role get nothing (issue 11 item 1)
        given().auth()
                .oauth2(INTEGRATION)
                .when()
                .get(BASE + "/assessments/" + draft + "/evidence/" + id + "/content")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("h-root-officer", "H99", "officer"))
                .when()
                .get(BASE + "/assessments/" + draft + "/evidence/" + id + "/content")
                .then()
                .statusCode(404);
    }

    // ---------------------------------------------------------------- 5. nulls and numbers out of range

    @Test
    void nullsWhereObjectsAreExpectedAndNumbersOutOfRangeAreNamedAndWriteNothing() {
        String draftSet = vars.get("draftSet");
        long nodes = count("criteria_node");
        String tree =
                "{\"fields\":[{\"code\":\"1\",\"name\":\"x\",\"maxPoints\":100,\"children\":[{\"code\":\"1.1\",\"name\":\"y\","
                        + "\"maxPoints\":100,\"method\":\"SELF_APPRAISED\",%s}]}]}";
        Map<String, String> cases = Map.of(
                "\"rule\":{}", "fields[0].children[0].rule.type",
                "\"rule\":null", "fields[0].children[0].rule",
                "\"rule\":{\"type\":\"COUNT\",\"pointsPerItem\":99999999999}",
                        "fields[0].children[0].rule.pointsPerItem",
                "\"rule\":{\"type\":\"QUANTITATIVE\",\"target\":1e309}", "fields[0].children[0].rule.target",
                "\"rule\":{\"type\":\"QUANTITATIVE\",\"target\":95,\"steps\":[{\"atLeast\":1e-400,\"share\":0.5}]}",
                        "fields[0].children[0].rule.steps");
        cases.forEach((rule, field) -> given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(String.format(tree, rule))
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem(containsString(field))));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("null")
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"fields\":null}")
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fields"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(String.format(tree, "\"rule\":{\"type\":\"MANUAL\"}")
                        .replace("\"maxPoints\":100,\"method\"", "\"maxPoints\":1e309,\"method\""))
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("maxPoints"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(String.format(tree, "\"rule\":{\"type\":\"MANUAL\"}")
                        .replace("\"maxPoints\":100,\"method\"", "\"maxPoints\":99999999999,\"method\""))
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(400)
                .body("violations[0].field", containsString("maxPoints"));
        assertEquals(nodes, count("criteria_node"));

        long draft = Long.parseLong(vars.get("draft"));
        long scores = count("criterion_score");
        for (String value : List.of("1e309", "99999999999", "-1", "1e-400")) {
            given().auth()
                    .oauth2(LEADER)
                    .contentType(ContentType.JSON)
                    .body("{\"value\":" + value + "}")
                    .when()
                    .put(BASE + "/assessments/" + draft + "/criteria/1.1.1/self")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", equalTo("value"));
        }
        given().auth()
                .oauth2(LEADER)
                .contentType(ContentType.JSON)
                .body("null")
                .when()
                .put(BASE + "/assessments/" + draft + "/criteria/1.1.1/self")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth()
                .oauth2(LEADER)
                .contentType(ContentType.JSON)
                .body("null")
                .when()
                .post(BASE + "/assessments/" + draft + "/actions/submit")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth()
                .oauth2(LEADER)
                .contentType(ContentType.JSON)
                .body("{\"criteriaSetId\":null,\"unitCode\":\"H99.X01\"}")
                .when()
                .post(BASE + "/assessments")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("criteriaSetId"));
        assertEquals(scores, count("criterion_score"));
        // a denied caller gets 403/404 whatever the body, before it is validated
        given().auth()
                .oauth2(ADMIN_OTHER)
                .contentType(ContentType.JSON)
                .body("{\"fields\":[]}")
                .when()
                .put(BASE + "/criteria-sets/" + draftSet + "/tree")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(APPRAISER)
                .contentType(ContentType.JSON)
                .body("{\"value\":99999999999,\"note\":\"\"}")
                .when()
                .put(BASE + "/assessments/" + draft + "/criteria/1.1.1/self")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ADMIN_OTHER)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "x y", "name", "", "year", 1, "level", "?", "province", "H99", "maxPoints", -1))
                .when()
                .post(BASE + "/criteria-sets")
                .then()
                .statusCode(403);
    }

    // ---------------------------------------------------------------- 1. access to the steps and to unpublished
    // results

    @Test
    void eachStepIsTakenOnlyByItsRoleInTheProvinceAndUnpublishedResultsStayInside() {
        String finalised = vars.get("finalised");
        String appraised = vars.get("appraised");
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post(BASE + "/assessments/" + appraised + "/actions/finalise")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(INSPECTOR)
                .when()
                .post(BASE + "/assessments/" + appraised + "/actions/finalise")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(APPRAISER_OTHER)
                .when()
                .post(BASE + "/assessments/" + appraised + "/actions/finalise")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(LEADER)
                .when()
                .post(BASE + "/assessments/" + appraised + "/actions/finalise")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(INTEGRATION)
                .when()
                .post(BASE + "/assessments/" + appraised + "/actions/explain")
                .then()
                .statusCode(403);

        // FINALISED: in the ranking only for the province's appraisers and admins
        String ranking = BASE + "/rankings?year=2030&level=COMMUNE&province=H99";
        given().auth()
                .oauth2(APPRAISER)
                .when()
                .get(ranking)
                .then()
                .statusCode(200)
                .body("includesUnpublished", equalTo(true), "rows.assessmentId", hasItem(Integer.valueOf(finalised)));
        for (String token : List.of(LEADER, ROOT_LEADER, INSPECTOR, ADMIN_OTHER, APPRAISER_OTHER, NATIONAL)) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(ranking)
                    .then()
                    .statusCode(200)
                    .body(
                            "includesUnpublished",
                            equalTo(false),
                            "rows.assessmentId",
                            not(hasItem(Integer.valueOf(finalised))));
        }
        given().auth().oauth2(INTEGRATION).when().get(ranking).then().statusCode(403);
        given().auth()
                .oauth2(NATIONAL)
                .when()
                .get(BASE + "/rankings?year=2030&level=COMMUNE")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("province"));
        given().auth()
                .oauth2(ADMIN_OTHER)
                .when()
                .get(BASE + "/results/units/H99.X01/history")
                .then()
                .statusCode(200)
                .body("assessmentId", not(hasItem(Integer.valueOf(finalised))));
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get(BASE + "/results/units/H99.X01/history")
                .then()
                .statusCode(200)
                .body("assessmentId", hasItem(Integer.valueOf(finalised)));

        // published: every reader sees the result, not the detail
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post(BASE + "/assessments/" + finalised + "/actions/publish")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ADMIN_OTHER)
                .when()
                .get(BASE + "/assessments/" + finalised + "/result")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(NATIONAL)
                .when()
                .get(BASE + "/assessments/" + finalised + "/result")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(NATIONAL)
                .when()
                .get(BASE + "/assessments/" + finalised)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(INTEGRATION)
                .when()
                .get(BASE + "/assessments/" + finalised + "/result")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("h-citizen", null, "citizen"))
                .when()
                .get(BASE + "/assessments/" + finalised + "/result")
                .then()
                .statusCode(403);

        // the list of assessments: the root leader and other provinces see published ones only
        given().auth()
                .oauth2(ROOT_LEADER)
                .queryParam("year", 2030)
                .queryParam("size", 100)
                .when()
                .get(BASE + "/assessments")
                .then()
                .statusCode(200)
                .body("items.status", not(hasItem("DRAFT")))
                .body("items.size()", lessThanOrEqualTo(100));
        given().auth()
                .oauth2(INSPECTOR)
                .queryParam("year", 2030)
                .queryParam("size", 100)
                .when()
                .get(BASE + "/assessments")
                .then()
                .statusCode(200)
                .body("items.status", hasItem("DRAFT"), "items.allowedActions.flatten()", not(hasItem("finalise")));
    }
}
