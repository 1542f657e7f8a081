package vn.cchc.procedures.importing;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.TimeUnit;
import vn.cchc.shared.text.SearchText;

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

    private TabularParser() {}

    /** Most data rows one file may hold (the national catalogue of a province has about 2,000 procedures). */
    public static final int MAX_ROWS = 20_000;
    /** Most columns a row may have (the national template has 25). */
    public static final int MAX_COLUMNS = 200;
    /** Most bytes an .xlsx may expand to (a zip bomb of a few MB would otherwise fill the heap). */
    static final long MAX_XLSX_EXPANDED = 100L * 1024 * 1024;

    static final long MAX_SHARED_STRINGS = 32L * 1024 * 1024;
    static final int MAX_XLSX_ENTRIES = 2000;

    public static ParsedFile csv(byte[] bytes) {
        return csv(bytes, StandardCharsets.UTF_8, MAX_ROWS);
    }

    public static ParsedFile csv(byte[] bytes, java.nio.charset.Charset charset) {
        return csv(bytes, charset, MAX_ROWS);
    }

    /**
     * CSV in the given charset (UTF-8 unless the upload's Content-Type names another, e.g. windows-1258). The
     * shape is checked first (at most {@code maxRows} data rows and {@value #MAX_COLUMNS} columns), then records
     * are read one at a time and only the known columns are kept.
     */
    public static ParsedFile csv(byte[] bytes, java.nio.charset.Charset charset, int maxRows) {
        Table table = new Table();
        boolean asciiCompatible = charset.equals(StandardCharsets.UTF_8)
                || charset.equals(StandardCharsets.US_ASCII)
                || (charset.canEncode()
                        && charset.newEncoder().maxBytesPerChar() == 1f
                        && "a,;\"\n\r".equals(new String("a,;\"\n\r".getBytes(StandardCharsets.US_ASCII), charset)));
        Reader reader;
        CsvShape shape;
        char delimiter;
        if (asciiCompatible) {
            // measured and read straight from the bytes: a 10 MB file never becomes a 20 MB string
            int offset = bytes.length >= 3
                            && (bytes[0] & 0xff) == 0xEF
                            && (bytes[1] & 0xff) == 0xBB
                            && (bytes[2] & 0xff) == 0xBF
                    ? 3
                    : 0;
            int semicolons = 0;
            int commas = 0;
            for (int i = offset; i < bytes.length && bytes[i] != '\n'; i++) {
                semicolons += bytes[i] == ';' ? 1 : 0;
                commas += bytes[i] == ',' ? 1 : 0;
            }
            delimiter = semicolons > commas ? ';' : ',';
            shape = CsvShape.scan(bytes, offset, delimiter, maxRows + 1, MAX_COLUMNS);
            reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(
                            new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset),
                    64 * 1024);
        } else {
            String text = new String(bytes, charset);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int eol = text.indexOf('\n');
            String firstLine = eol < 0 ? text : text.substring(0, eol);
            delimiter = firstLine.chars().filter(c -> c == ';').count()
                            > firstLine.chars().filter(c -> c == ',').count()
                    ? ';'
                    : ',';
            shape = CsvShape.scan(text, delimiter, maxRows + 1, MAX_COLUMNS);
            reader = new java.io.StringReader(text);
        }
        if (shape.widest() > MAX_COLUMNS) {
            return table.refuse("maxColumns", "a row has more than " + MAX_COLUMNS + " columns", shape.records());
        }
        if (shape.records() > maxRows + 1) {
            return table.refuse(
                    "maxRows", "the file has more than " + maxRows + " rows; import it in parts", shape.records() - 1);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        try (reader;
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                table.add(cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return table.refuse("csv", "the file is not a readable CSV: " + Cells.shown(e.getMessage()), 0);
        }
        return table.build();
    }

    public static ParsedFile xlsx(byte[] bytes) {
        return xlsx(bytes, MAX_ROWS);
    }

    /** The first sheet of an .xlsx file, after checking that it does not expand beyond bounds. */
    public static ParsedFile xlsx(byte[] bytes, int maxRows) {
        Table table = new Table();
        String bomb = zipBomb(bytes);
        if (bomb != null) {
            return table.refuse("format", bomb, 0);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Optional<Sheet> first = wb.getFirstSheet() == null ? Optional.empty() : Optional.of(wb.getFirstSheet());
            if (first.isEmpty()) {
                return table.build();
            }
            try (Stream<Row> rows = first.get().openStream()) {
                var it = rows.iterator();
                while (it.hasNext()) {
                    if (table.records >= maxRows + 1) {
                        return table.refuse(
                                "maxRows",
                                "the sheet has more than " + maxRows + " rows; import it in parts",
                                table.records);
                    }
                    Row r = it.next();
                    int n = Math.min(r.getCellCount(), MAX_COLUMNS);
                    List<String> cells = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        cells.add(r.getCell(i) == null ? "" : r.getCellText(i));
                    }
                    table.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            return table.refuse("format", "the file is not a readable .xlsx workbook", 0);
        }
        return table.build();
    }

    /**
     * Null when the .xlsx (a zip) expands within bounds; else why it is refused. Every part is inflated and
     * counted (declared sizes can lie): at most {@value #MAX_XLSX_ENTRIES} parts and {@link #MAX_XLSX_EXPANDED}
     * bytes in all, the shared strings (which the reader keeps in memory) at most {@link #MAX_SHARED_STRINGS}.
     */
    static String zipBomb(byte[] bytes) {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("cchc-import-", ".xlsx");
            java.nio.file.Files.write(file, bytes);
            long expanded = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                var all = zip.entries();
                while (all.hasMoreElements()) {
                    java.util.zip.ZipEntry entry = all.nextElement();
                    if (++entries > MAX_XLSX_ENTRIES) {
                        return "the workbook has more than " + MAX_XLSX_ENTRIES + " parts";
                    }
                    long part = 0;
                    boolean strings =
                            entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith("sharedstrings.xml");
                    try (java.io.InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            part += n;
                            expanded += n;
                            if (expanded > MAX_XLSX_EXPANDED) {
                                return "the workbook expands to more than " + MAX_XLSX_EXPANDED / (1024 * 1024) + " MB";
                            }
                            if (strings && part > MAX_SHARED_STRINGS) {
                                return "the workbook's texts take more than " + MAX_SHARED_STRINGS / (1024 * 1024)
                                        + " MB";
                            }
                        }
                    }
                }
            }
            return entries == 0 ? "the file is not a readable .xlsx workbook" : null;
        } catch (IOException | RuntimeException e) {
            return "the file is not a readable .xlsx workbook";
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it
                }
            }
        }
    }

    /** For tests: a table already in memory. */
    static ParsedFile fromTable(List<List<String>> rows) {
        Table table = new Table();
        rows.forEach(table::add);
        return table.build();
    }

    /** Turns records into rows as they come: the header first, then each data row keeps only the known columns. */
    private static final class Table {
        private final RowErrors errors = new RowErrors();
        private final List<ImportRow> rows = new ArrayList<>();
        private Map<Integer, String> columns;
        private boolean headerBad;
        private int dataRows;
        private int records;
        private final Pacer pacer = new Pacer(50);

        void add(List<String> cells) {
            records++;
            pacer.row();
            if (columns == null) {
                header(cells);
                return;
            }
            if (headerBad || cells.stream().allMatch(c -> c == null || c.isBlank())) {
                if (headerBad && cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    dataRows++;
                }
                return;
            }
            dataRows++;
            Map<String, String> values = new HashMap<>();
            columns.forEach((i, key) -> values.put(key, i < cells.size() ? cells.get(i) : null));
            rows.add(row(dataRows, values, errors));
        }

        private void header(List<String> header) {
            columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String key = HEADERS.get(SearchText.fold(header.get(i)));
                if (key != null) {
                    columns.put(i, key);
                }
            }
            for (String required : List.of("code", "name", "field", "processingTime")) {
                if (!columns.containsValue(required)) {
                    errors.add(0, required, "column", "the header has no column for " + required);
                    headerBad = true;
                }
            }
        }

        ParsedFile refuse(String rule, String message, int rowCount) {
            RowErrors only = new RowErrors();
            only.add(0, "file", rule, message);
            return new ParsedFile(List.of(), only, rowCount);
        }

        ParsedFile build() {
            if (columns == null) {
                errors.add(0, "file", "header", "the file is empty; the first row must hold the column headers");
                return new ParsedFile(List.of(), errors, 0);
            }
            return new ParsedFile(headerBad ? List.of() : rows, errors, dataRows);
        }
    }

    private static ImportRow row(int number, Map<String, String> values, RowErrors errors) {
        Cells c = new Cells(number, values, errors);
        ProcedureContent.Duration time = c.duration("processingTime", "processingTimeUnit", TimeUnit.WORKING_DAYS);
        ProcedureContent.Duration statutory = c.text("statutoryTime") == null
                ? null
                : c.duration("statutoryTime", "processingTimeUnit", TimeUnit.WORKING_DAYS);
        ProcedureContent content = new ProcedureContent(
                c.text("name"),
                c.text("field"),
                c.levels(),
                c.text("decidingAgencyCode"),
                c.list("receivingPoints"),
                c.channels(),
                c.onlineLevel(),
                c.bool("fullOnlineEligible", false),
                time,
                statutory,
                c.time("afternoonCutoff"),
                c.fees(),
                List.of(),
                c.list("steps"),
                c.text("applicants"),
                c.text("resultType"),
                c.bool("paperResultRequired", true),
                c.text("conditions"),
                c.list("legalBasis"),
                List.of());
        return new ImportRow(
                number,
                c.text("code"),
                content,
                c.text("decisionNumber"),
                c.date("decisionDate"),
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
