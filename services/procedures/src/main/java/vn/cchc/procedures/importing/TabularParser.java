package vn.cchc.procedures.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.TimeUnit;
import vn.cchc.shared.text.SearchText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads procedure rows from CSV (UTF-8, comma or semicolon) or from the first sheet of an .xlsx file,
 * with the column headers of the national database (Mã TTHC, Tên TTHC, Lĩnh vực, ...) or their
 * English keys.
 */
public final class TabularParser {

    /** Folded header → field key. */
    static final Map<String, String> HEADERS = new HashMap<>();

    static {
        alias("code", "ma tthc", "ma thu tuc", "ma thu tuc hanh chinh", "code");
        alias("name", "ten tthc", "ten thu tuc", "ten thu tuc hanh chinh", "name");
        alias("field", "linh vuc", "field");
        alias("levels", "cap thuc hien", "levels", "level");
        alias("decidingAgencyCode", "co quan thuc hien", "co quan giai quyet", "decidingagencycode", "agency");
        alias("receivingPoints", "noi tiep nhan", "dia diem tiep nhan", "receivingpoints");
        alias("processingTime", "thoi han giai quyet", "processingtime", "processingtimevalue");
        alias("processingTimeUnit", "don vi thoi han", "processingtimeunit", "unit");
        alias("statutoryTime", "thoi han theo quy dinh", "statutorytime", "statutorytimevalue");
        alias("channels", "cach thuc thuc hien", "channels");
        alias("onlineLevel", "muc do dvctt", "muc do dich vu cong truc tuyen", "onlinelevel");
        alias("fullOnlineEligible", "du dieu kien toan trinh", "fullonlineeligible");
        alias("afternoonCutoff", "gio tiep nhan buoi chieu", "afternooncutoff");
        alias("fees", "phi le phi", "fees");
        alias("legalBasis", "can cu phap ly", "legalbasis");
        alias("applicants", "doi tuong thuc hien", "applicants");
        alias("resultType", "ket qua thuc hien", "resulttype");
        alias("paperResultRequired", "tra ket qua ban giay", "paperresultrequired");
        alias("conditions", "yeu cau dieu kien", "conditions");
        alias("steps", "trinh tu thuc hien", "steps");
        alias("decisionNumber", "so qd cong bo", "so quyet dinh cong bo", "decisionnumber");
        alias("decisionDate", "ngay qd", "ngay quyet dinh", "decisiondate");
        alias("effectiveDate", "ngay hieu luc", "effectivedate");
    }

    private static void alias(String key, String... names) {
        for (String n : names) {
            HEADERS.put(n, key);
        }
    }

    private TabularParser() {
    }

    public static ParsedFile csv(byte[] bytes) throws IOException {
        return csv(bytes, StandardCharsets.UTF_8);
    }

    /** CSV in the given charset (UTF-8 unless the upload's Content-Type names another, e.g. windows-1258). */
    public static ParsedFile csv(byte[] bytes, java.nio.charset.Charset charset) throws IOException {
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                table.add(cells);
            }
        }
        return fromTable(table);
    }

    public static ParsedFile xlsx(byte[] bytes) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<Sheet> first = wb.getFirstSheet() == null ? Optional.empty() : Optional.of(wb.getFirstSheet());
            if (first.isEmpty()) {
                return fromTable(table);
            }
            try (Stream<Row> rows = first.get().openStream()) {
                rows.forEach(r -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCell(i) == null ? "" : r.getCellText(i));
                    }
                    table.add(cells);
                });
            }
        }
        return fromTable(table);
    }

    static ParsedFile fromTable(List<List<String>> table) {
        List<RowError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        if (table.isEmpty()) {
            errors.add(new RowError(0, "file", "header", "the file is empty; the first row must hold the column headers"));
            return new ParsedFile(rows, errors, 0);
        }
        List<String> header = table.get(0);
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(SearchText.fold(header.get(i)));
            if (key != null) {
                columns.put(i, key);
            }
        }
        for (String required : List.of("code", "name", "field", "processingTime")) {
            if (!columns.containsValue(required)) {
                errors.add(new RowError(0, required, "column", "the header has no column for " + required));
            }
        }
        if (!errors.isEmpty()) {
            return new ParsedFile(rows, errors, Math.max(0, table.size() - 1));
        }
        int dataRows = 0;
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            dataRows++;
            Map<String, String> values = new HashMap<>();
            columns.forEach((i, key) -> values.put(key, i < cells.size() ? cells.get(i) : null));
            rows.add(row(dataRows, values, errors));
        }
        return new ParsedFile(rows, errors, dataRows);
    }

    private static ImportRow row(int number, Map<String, String> values, List<RowError> errors) {
        Cells c = new Cells(number, values, errors);
        ProcedureContent.Duration time = c.duration("processingTime", "processingTimeUnit", TimeUnit.WORKING_DAYS);
        ProcedureContent.Duration statutory = c.text("statutoryTime") == null ? null
                : c.duration("statutoryTime", "processingTimeUnit", TimeUnit.WORKING_DAYS);
        ProcedureContent content = new ProcedureContent(c.text("name"), c.text("field"), c.levels(),
                c.text("decidingAgencyCode"), c.list("receivingPoints"), c.channels(), c.onlineLevel(),
                c.bool("fullOnlineEligible", false), time, statutory, c.time("afternoonCutoff"), c.fees(), List.of(),
                c.list("steps"), c.text("applicants"), c.text("resultType"), c.bool("paperResultRequired", true),
                c.text("conditions"), c.list("legalBasis"), List.of());
        return new ImportRow(number, c.text("code"), content, c.text("decisionNumber"), c.date("decisionDate"),
                c.date("effectiveDate"));
    }

    /** The CSV template users download. */
    public static String template() {
        return "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,"
                + "Thời hạn theo quy định,Cách thức thực hiện,Mức độ DVCTT,Đủ điều kiện toàn trình,Phí lệ phí,Căn cứ pháp lý,"
                + "Số QĐ công bố,Ngày QĐ,Ngày hiệu lực\n"
                + "2.000908.000.00.00.H99,Cấp bản sao từ sổ gốc,Hộ tịch,Cấp xã,,1,Ngày làm việc,1,Trực tiếp; Trực tuyến,"
                + "Một phần,Không,Phí: 8000,Luật Hộ tịch 2014; Nghị định 23/2015/NĐ-CP,1234/QĐ-UBND,15/06/2025,01/07/2025\n";
    }
}
