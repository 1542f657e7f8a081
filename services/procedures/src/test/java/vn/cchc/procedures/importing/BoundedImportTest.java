package vn.cchc.procedures.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.ProcedureRules;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureInput;
import vn.cchc.shared.json.StrictJson;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Issue 11 item 4: no import file, however large or strange within the body limit, turns into unbounded work or
 * memory. Rows, columns, nesting, expansion and error lists are all capped.
 */
class BoundedImportTest {

    static final String HEADER = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn\n";
    static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().findAndRegisterModules());

    static ProcedureContent content(ProcedureInput in) {
        return new ProcedureContent(
                in.name(),
                in.field(),
                in.levels(),
                in.decidingAgencyCode(),
                in.receivingPoints(),
                List.of(),
                null,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                in.steps(),
                null,
                null,
                true,
                null,
                in.legalBasis(),
                List.of());
    }

    @Test
    void aCsvWithMoreRowsThanAllowedIsRefusedBeforeItIsParsed() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 101; i++) {
            csv.append("1.").append(i).append(",A,B,Cấp xã,3,Ngày\n");
        }
        ParsedFile parsed =
                TabularParser.csv(csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 100);
        assertEquals(List.of("file:maxRows"), codes(parsed.errors()));
        assertEquals(List.of(), parsed.rows());
        // ten million newline-separated junk lines: one pass, no records built
        byte[] junk = "x\n".repeat(5_000_000).getBytes(StandardCharsets.UTF_8);
        ParsedFile lines = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> TabularParser.csv(junk, StandardCharsets.UTF_8, TabularParser.MAX_ROWS));
        assertEquals(List.of("file:maxRows"), codes(lines.errors()));
    }

    @Test
    void aCsvRowWiderThanAllowedIsRefusedEvenBehindAStrayQuote() {
        String wide = HEADER + "1.1" + ",".repeat(500) + "\n";
        assertEquals(
                List.of("file:maxColumns"),
                codes(TabularParser.csv(wide.getBytes(StandardCharsets.UTF_8)).errors()));
        // a quote inside a field is a plain character for commons-csv: the commas after it still split
        String sneaky = HEADER + "a\"" + ",".repeat(1_000_000) + "\n";
        assertEquals(
                List.of("file:maxColumns"),
                codes(TabularParser.csv(sneaky.getBytes(StandardCharsets.UTF_8)).errors()));
        // but a quoted field may hold any number of commas
        String quoted = HEADER + "1.1,\"" + ",".repeat(1000) + "\",Lĩnh vực,Cấp xã,3,Ngày\n";
        assertEquals(
                List.of(),
                TabularParser.csv(quoted.getBytes(StandardCharsets.UTF_8)).errors().stream()
                        .filter(e -> e.row() == 0)
                        .toList());
    }

    @Test
    void junkCellsCostBoundedMessagesAndNoArithmetic() {
        String huge = "9".repeat(1_000_000);
        String csv = HEADER + "1.1,Tên,Lĩnh vực,Cấp xã,1e999999999,Ngày\n"
                + "1.2,Tên,Lĩnh vực,Cấp xã," + huge + ",Ngày\n"
                + "1.3,Tên,Lĩnh vực,\"" + "Cấp xã;".repeat(100_000) + "\",3,Ngày\n";
        ParsedFile parsed = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> TabularParser.csv(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                List.of("1:processingTime:number", "2:processingTime:number", "3:levels:maxLength"),
                parsed.errors().stream()
                        .map(e -> e.row() + ":" + e.field() + ":" + e.rule())
                        .toList());
        assertTrue(
                parsed.errors().stream().allMatch(e -> e.message().length() < 200),
                "messages quote at most 60 characters");
    }

    @Test
    void longListsInOneCellStopAtTheLimit() {
        String csv = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Căn cứ pháp lý\n"
                + "1.1,Tên,Lĩnh vực,Cấp xã,3,\"" + "Luật;".repeat(200_000) + "\"\n";
        ParsedFile parsed = TabularParser.csv(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                ProcedureRules.MAX_ITEMS + 1,
                parsed.rows().get(0).content().legalBasis().size());
        assertTrue(ProcedureRules.check(parsed.rows().get(0).content()).stream()
                .anyMatch(v -> v.field().equals("legalBasis") && v.rule().equals("maxItems")));
    }

    @Test
    void aJsonImportIsReadElementByElementWithinBounds() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"code\":\"1.").append(i).append("\"}");
        }
        many.append("]");
        ParsedFile tooMany = JsonParser.parse(
                many.toString().getBytes(StandardCharsets.UTF_8), JSON, BoundedImportTest::content, 100);
        assertTrue(
                codes(tooMany.errors()).contains("file:maxRows"),
                tooMany.errors().toString());
        assertEquals(List.of(), tooMany.rows());

        // one row deeper than a procedure can be, one with too many tokens, one that is not an object
        String deep = "{\"code\":\"1.1\",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}";
        String wide = "{\"code\":\"1.2\",\"steps\":[" + "\"a\",".repeat(30_000) + "\"a\"]}";
        ParsedFile rows = JsonParser.parse(
                ("[" + deep + "," + wide + ",7]").getBytes(StandardCharsets.UTF_8),
                JSON,
                BoundedImportTest::content,
                100);
        assertEquals(
                List.of("1:row:maxSize", "2:row:maxSize", "3:row:type"),
                rows.errors().stream()
                        .map(e -> e.row() + ":" + e.field() + ":" + e.rule())
                        .toList());

        // nesting beyond the strict JSON limit, garbage after the document: file errors, no exception
        String nested = "[" + "[".repeat(5000) + "]".repeat(5000) + "]";
        assertEquals(
                List.of("file:json"),
                codes(JsonParser.parse(nested.getBytes(StandardCharsets.UTF_8), JSON, BoundedImportTest::content, 100)
                        .errors()));
        assertEquals(
                List.of("file:json"),
                codes(JsonParser.parse(
                                "[] trailing".getBytes(StandardCharsets.UTF_8), JSON, BoundedImportTest::content, 100)
                        .errors()));
        // U+0000 in a value names the row and the field
        ParsedFile nul = JsonParser.parse(
                "[{\"code\":\"1.1\",\"name\":\"a\\u0000b\"}]".getBytes(StandardCharsets.UTF_8),
                JSON,
                BoundedImportTest::content,
                100);
        assertEquals(
                List.of("1:name:noNulCharacter"),
                nul.errors().stream()
                        .map(e -> e.row() + ":" + e.field() + ":" + e.rule())
                        .toList());
    }

    @Test
    void rowErrorsKeepTheFirstThousandAndCountAll() {
        RowErrors errors = new RowErrors();
        for (int i = 0; i < 774_000; i++) {
            errors.add(i, "name", "required", "must not be blank");
        }
        assertEquals(774_000, errors.total());
        assertEquals(Violations.MAX_KEPT, errors.list().size());
        RowErrors more = new RowErrors();
        more.add(1, "file", "x", "y");
        more.addAll(errors);
        assertEquals(774_001, more.total());
        assertEquals(Violations.MAX_KEPT, more.list().size());
    }

    @Test
    void anXlsxThatExpandsBeyondBoundsIsRefusedBeforeTheReaderSeesIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 200_000, "40 MB of zeros compress to " + out.size() + " bytes");
        assertEquals(
                List.of("file:format"),
                codes(TabularParser.xlsx(out.toByteArray()).errors()));
        assertEquals(
                List.of("file:format"),
                codes(TabularParser.xlsx("not a zip".getBytes(StandardCharsets.UTF_8))
                        .errors()));
    }

    @Test
    void aUnitImportIsBoundedToo() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\":\"U").append(i).append("\"}");
        }
        json.append("]");
        ProblemException rows = assertThrows(
                ProblemException.class,
                () -> UnitJson.parse(json.toString().getBytes(StandardCharsets.UTF_8), JSON, 10));
        assertEquals("rows", rows.violations().get(0).field());
        assertEquals("maxItems", rows.violations().get(0).rule());
        ProblemException bad = assertThrows(
                ProblemException.class,
                () -> UnitJson.parse(
                        "[{\"code\":\"U1\",\"validFrom\":\"2025-13-40\"}]".getBytes(StandardCharsets.UTF_8), JSON, 10));
        assertEquals("rows[0].validFrom", bad.violations().get(0).field());
        ProblemException wide = assertThrows(
                ProblemException.class,
                () -> UnitCsv.parse(
                        ("code,name,kind,level,validFrom\n" + ",".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8,
                        10));
        assertEquals("maxColumns", wide.violations().get(0).rule());
        StringBuilder csv = new StringBuilder("code,name,kind,level,validFrom\n");
        for (int i = 0; i < 11; i++) {
            csv.append("U").append(i).append(",Tên,AGENCY,PROVINCE,2025-01-01\n");
        }
        assertEquals(
                "maxItems",
                assertThrows(
                                ProblemException.class,
                                () -> UnitCsv.parse(
                                        csv.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 10))
                        .violations()
                        .get(0)
                        .rule());
    }

    private static List<String> codes(List<RowError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.rule()).toList();
    }
}
