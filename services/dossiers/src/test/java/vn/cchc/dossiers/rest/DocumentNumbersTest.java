package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.domain.RegisterKind;
import vn.cchc.dossiers.domain.RegisterNumber;
import vn.cchc.dossiers.service.DocumentRegister;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * Numbered letters, the Mẫu 01 number, the dossier book and the Mẫu 06 result column (issue 12 point 5) and the
 * apology's issuer (point 6), on real PostgreSQL: docs/domain/forms.md.
 */
@QuarkusTest
class DocumentNumbersTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    DocumentRegister register;

    Province p;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
    }

    Map<String, Object> intake(String unit, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", unit);
        body.put("channel", "DIRECT");
        body.put(
                "applicant",
                Map.of(
                        "name",
                        "Nguyễn Thị Hồng Nhung",
                        "idNumber",
                        "046190001234",
                        "phone",
                        "0912345678",
                        "address",
                        "Phường Đúc, Huế"));
        body.put("content", "Đăng ký khai sinh cho con thứ hai, sinh tại nhà");
        body.put("components", List.of(Map.of("name", "Tờ khai đăng ký khai sinh", "copies", 1)));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return body;
    }

    String receive(String token, String unit, String receivedAt) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(intake(unit, receivedAt))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }

    String receive(String receivedAt) {
        return receive(p.officer, p.code + ".X1.MC", receivedAt);
    }

    ValidatableResponse act(String token, String code, String action, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/" + action)
                .then();
    }

    ValidatableResponse dossier(String code) {
        return given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200);
    }

    String pdf(String code, String form) {
        byte[] pdf = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + code + "/documents/" + form)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void contains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing «" + e + "» in: " + text);
        }
    }

    static <T> List<T> parallel(List<Callable<T>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> job : jobs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static final Map<String, Object> APOLOGY = Map.of(
            "reason",
            "Chờ xác minh thông tin cư trú",
            "signer",
            "Chủ tịch UBND xã",
            "newDueAt",
            "2026-12-01T16:00:00+07:00");

    // ------------------------------------------------------------------ registers

    /**
     * Six late dossiers received on six different days (each the first of its day: the old numbering gave all six
     * "0001/PXL") get their apology letters from the same unit at the same moment: six different, consecutive numbers.
     */
    @Test
    void officersIssuingLettersAtOnceNeverShareANumber() throws Exception {
        List<String> codes = new ArrayList<>();
        for (String day : List.of("2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-26")) {
            String code = receive(day + "T09:00:00+07:00");
            act(p.officer, code, "start", Map.of()).statusCode(200);
            codes.add(code);
        }
        List<Callable<String>> jobs = codes.stream()
                .<Callable<String>>map(code -> () -> act(p.leader, code, "apology", APOLOGY)
                        .statusCode(200)
                        .extract()
                        .path("apology.number"))
                .toList();
        List<String> numbers = parallel(jobs);
        assertEquals(
                Set.of("1/PXL", "2/PXL", "3/PXL", "4/PXL", "5/PXL", "6/PXL"),
                new TreeSet<>(numbers),
                numbers::toString);
        for (String code : codes) {
            dossier(code).body("apology.issuingUnitCode", equalTo(p.code + ".X1"));
        }
        // the PDF carries the stored number
        String text = pdf(codes.get(0), "mau-04");
        contains(text, "Mẫu số 04", "Số: " + numbers.get(0), "PHIẾU XIN LỖI");
    }

    /** Receipts at the same moment: Mẫu 01 numbers and book entries distinct and consecutive. */
    @Test
    void receiptsAtOnceGetConsecutiveReceiptNumbersAndBookEntries() throws Exception {
        List<Callable<Map<String, Object>>> jobs = IntStream.range(0, 6)
                .<Callable<Map<String, Object>>>mapToObj(i -> () -> given().auth()
                        .oauth2(p.officer)
                        .contentType(ContentType.JSON)
                        .body(intake(p.code + ".X1.MC", "2026-11-02T09:00:00+07:00"))
                        .when()
                        .post("/api/v1/dossiers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("numbers"))
                .toList();
        List<Map<String, Object>> numbers = parallel(jobs);
        assertEquals(
                Set.of("1/TNHS", "2/TNHS", "3/TNHS", "4/TNHS", "5/TNHS", "6/TNHS"),
                numbers.stream()
                        .map(n -> (String) n.get("receiptNumber"))
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(
                Set.of(1, 2, 3, 4, 5, 6),
                numbers.stream().map(n -> (Integer) n.get("bookEntry")).collect(Collectors.toSet()));
        assertTrue(
                numbers.stream().allMatch(n -> Integer.valueOf(2026).equals(n.get("bookVolume"))), numbers::toString);
    }

    /** Each kind has its own sequence per issuing unit; a second unit has its own; numbers restart on 1 January. */
    @Test
    void numbersArePerKindPerUnitPerYear() {
        String dec = receive("2025-12-31T09:00:00+07:00");
        String jan = receive("2026-01-02T09:00:00+07:00");
        String feb = receive("2026-02-03T09:00:00+07:00");
        String other = receive(p.otherOfficer, p.code + ".X2.MC", "2026-02-03T09:30:00+07:00");
        dossier(dec)
                .body(
                        "numbers.receiptNumber",
                        equalTo("1/TNHS"),
                        "numbers.bookVolume",
                        equalTo(2025),
                        "numbers.bookEntry",
                        equalTo(1));
        dossier(jan)
                .body(
                        "numbers.receiptNumber",
                        equalTo("1/TNHS"),
                        "numbers.bookVolume",
                        equalTo(2026),
                        "numbers.bookEntry",
                        equalTo(1));
        dossier(feb).body("numbers.receiptNumber", equalTo("2/TNHS"), "numbers.bookEntry", equalTo(2));
        given().auth()
                .oauth2(p.otherOfficer)
                .when()
                .get("/api/v1/dossiers/" + other)
                .then()
                .body("numbers.receiptNumber", equalTo("1/TNHS"), "numbers.bookEntry", equalTo(1));

        act(p.officer, dec, "refuse", Map.of("reason", "Không thuộc thẩm quyền"))
                .statusCode(200)
                .body(
                        "numbers.notices[0].form",
                        equalTo("MAU03"),
                        "numbers.notices[0].number",
                        equalTo("1/PTC"),
                        "numbers.notices[0].issuingUnitCode",
                        equalTo(p.code + ".X1.MC"));
        act(p.officer, jan, "request-supplement", Map.of("items", List.of("Giấy chứng sinh"), "reason", "Thiếu"))
                .statusCode(200)
                .body("numbers.notices[0].number", equalTo("1/PBS"));
        act(p.officer, feb, "refuse", Map.of("reason", "Trùng hồ sơ"))
                .statusCode(200)
                .body("numbers.notices[0].number", equalTo("2/PTC"));
        act(p.otherOfficer, other, "refuse", Map.of("reason", "Trùng hồ sơ"))
                .statusCode(200)
                .body(
                        "numbers.notices[0].number",
                        equalTo("1/PTC"),
                        "numbers.notices[0].issuingUnitCode",
                        equalTo(p.code + ".X2.MC"));
        act(p.officer, jan, "stop", Map.of("reason", "Công dân đề nghị dừng"))
                .statusCode(200)
                .body("numbers.notices.number", equalTo(List.of("1/PBS", "1/TBD")));
        contains(pdf(jan, "mau-02"), "Mẫu số 02", "Số: 1/PBS");
        contains(pdf(feb, "mau-03"), "Mẫu số 03", "Số: 2/PTC");
        contains(pdf(jan, "mau-05"), "Mẫu số 05", "Số: 1/TBD");

        // the register itself: a new year starts at 1, the old year's register goes on where it stopped
        String unit = p.code + ".X1";
        List<RegisterNumber> taken = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        register.next(unit, RegisterKind.APOLOGY, OffsetDateTime.parse("2027-12-31T16:59:00+07:00")),
                        register.next(
                                unit,
                                RegisterKind.APOLOGY,
                                OffsetDateTime.parse("2027-12-31T17:30:00Z")), // 1/1/2028 UTC+7
                        register.next(unit, RegisterKind.APOLOGY, OffsetDateTime.parse("2027-06-01T09:00:00+07:00")),
                        register.next(unit, RegisterKind.REFUSAL, OffsetDateTime.parse("2027-06-01T09:00:00+07:00"))));
        assertEquals(
                List.of("2027:1/PXL", "2028:1/PXL", "2027:2/PXL", "2027:1/PTC"),
                taken.stream().map(n -> n.year() + ":" + n.text()).toList());
        // a rolled-back transaction gives its number back: no duplicate and here not even a gap
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                register.next(unit, RegisterKind.APOLOGY, OffsetDateTime.parse("2027-06-02T09:00:00+07:00"));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertEquals(
                "3/PXL",
                QuarkusTransaction.requiringNew()
                        .call(() -> register.next(
                                        unit, RegisterKind.APOLOGY, OffsetDateTime.parse("2027-06-03T09:00:00+07:00"))
                                .text()));
    }

    // ------------------------------------------------------------------ forms

    @Test
    void mau01PrintsItsNumberTheContentEnteredAndTheBookLine() throws Exception {
        String code = receive("2026-11-02T09:00:00+07:00");
        String text = pdf(code, "mau-01");
        contains(
                text,
                "Mẫu số 01",
                "Số: 1/TNHS",
                "Nội dung yêu cầu giải quyết: Đăng ký khai sinh cho con thứ hai, sinh tại nhà",
                "Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 1");
        String second = receive("2026-11-03T09:00:00+07:00");
        contains(pdf(second, "mau-01"), "Số: 2/TNHS", "Quyển số: 2026, Số thứ tự: 2");

        // the book: STT is the entry in the book, and the volume is named
        byte[] xlsx = given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-11-03")
                .queryParam("to", "2026-11-30")
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = wb.getFirstSheet().read();
            assertTrue(
                    rows.get(1).getCellText(0).endsWith("Quyển số: 2026"),
                    rows.get(1).getCellText(0));
            var line = rows.stream()
                    .filter(r -> r.getCellCount() > 1 && second.equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertEquals("2", line.getCellText(0), "the dossier's entry in the book, not its place in this export (1)");
        }
        byte[] book = given().auth()
                .oauth2(p.officer)
                .queryParam("unit", p.code + ".X1.MC")
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .when()
                .get("/api/v1/dossiers/book")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(book)) {
            String t = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // (a long code wraps after its last dash in the narrow column)
            contains(
                    t,
                    "Mẫu số 07",
                    "Quyển số: 2026",
                    "1 " + code.substring(0, code.lastIndexOf('-') + 1),
                    "2 " + second.substring(0, second.lastIndexOf('-') + 1));
        }
    }

    /**
     * Mẫu 06: a row per hand-over with its result. The procedure has four internal steps; the fifth hand-over has no
     * budget of its own and is measured against the dossier's due date (it was left blank).
     */
    @Test
    void mau06FillsTheResultOfEveryHandOver() {
        String code = receive("2026-10-26T09:00:00+07:00");
        act(p.officer, code, "start", Map.of("toUser", "specialist")).statusCode(200);
        for (String step : List.of("Thẩm định", "Phê duyệt", "Trả kết quả", "Lưu hồ sơ")) {
            act(p.specialist, code, "handover", Map.of("stepName", step)).statusCode(200);
        }
        // step 1 ran from the clock start in October: late; steps 2–4 were handed over at once: within their budget
        // (early, or on time when the budget ends later the same day); step 5 has no budget: after the due date, late
        List<String> results = dossier(code)
                .body("handovers.size()", equalTo(5), "handovers[4].budgetHours", nullValue())
                .extract()
                .path("handovers.result");
        assertEquals("LATE", results.get(0), results::toString);
        assertTrue(
                results.subList(1, 4).stream().allMatch(r -> r.equals("EARLY") || r.equals("ON_TIME")),
                results::toString);
        assertEquals("LATE", results.get(4), results::toString);
        String text = pdf(code, "mau-06");
        contains(text, "Mẫu số 06", "PHIẾU KIỂM SOÁT");
        int late = count(text, "Quá hạn");
        int printed = count(text, "Trước hạn")
                - 1 /* the column title "(Trước hạn/đúng hạn/quá hạn)" */
                + count(text, "Đúng hạn")
                + late;
        assertEquals(2, late, text);
        assertEquals(5, printed, "every row has its result: " + text);
    }

    static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    // ------------------------------------------------------------------ who issues the apology

    @Test
    void aProvinceLeaderDoesNotApologiseForACommunesDossier() {
        String provinceLeader = TestTokens.token("leaderP-" + p.code, p.code, "leader");
        String code = receive("2026-10-26T09:00:00+07:00");
        act(p.officer, code, "start", Map.of()).statusCode(200);
        given().auth()
                .oauth2(provinceLeader)
                .when()
                .get("/api/v1/dossiers/" + code)
                .then()
                .statusCode(200)
                .body("allowedActions", not(hasItem("apology")));
        act(provinceLeader, code, "apology", APOLOGY)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("violations[0].rule", equalTo("issuingUnit"), "detail", containsString(p.code + ".X1"));
        act(p.leader, code, "apology", APOLOGY)
                .statusCode(200)
                .body("apology.issuingUnitCode", equalTo(p.code + ".X1"), "apology.number", equalTo("1/PXL"));
    }

    /** Handed over to the province before its due date: the province now handles it, and issues the letter. */
    @Test
    void theUnitHandlingTheDossierIssuesTheApologyFromItsOwnRegister() {
        String provinceLeader = TestTokens.token("leaderP-" + p.code, p.code, "leader");
        String code = receive(null);
        act(p.officer, code, "start", Map.of()).statusCode(200);
        act(p.leader, code, "handover", Map.of("stepName", "Xin ý kiến Sở Tư pháp", "toUnitCode", p.code))
                .statusCode(200);
        String due = dossier(code).extract().path("dueAt");
        Map<String, Object> apology = Map.of(
                "reason",
                "Chờ ý kiến của tỉnh",
                "signer",
                "Giám đốc",
                "newDueAt",
                workingDayAfter(OffsetDateTime.parse(due).toLocalDate().plusDays(7)) + "T10:00:00+07:00");
        act(p.leader, code, "apology", apology).statusCode(403).body("violations[0].rule", equalTo("issuingUnit"));
        act(provinceLeader, code, "apology", apology)
                .statusCode(200)
                .body("apology.issuingUnitCode", equalTo(p.code), "apology.number", equalTo("1/PXL"));
        contains(pdf(code, "mau-04"), "Số: 1/PXL", "TỈNH THỬ NGHIỆM", "Tỉnh thử nghiệm xin trân trọng gửi lời xin lỗi");
    }

    /** The first working day of the province's calendar on or after {@code d}. */
    LocalDate workingDayAfter(LocalDate d) {
        List<String> off = given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/calendar/" + d.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("nonWorkingWeekdays");
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || off.contains(d.toString())) {
            d = d.plusDays(1);
        }
        return d;
    }
}
