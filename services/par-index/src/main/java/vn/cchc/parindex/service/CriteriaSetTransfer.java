package vn.cchc.parindex.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.RuleType;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.domain.scoring.ScoringRule;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.parindex.service.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.parindex.service.CriteriaSetDtos.NodeInput;
import vn.cchc.shared.files.MediaTypes;
import vn.cchc.shared.files.UploadGuard;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

/**
 * Import and export of a whole set. JSON: {@link CreateCriteriaSetRequest} with {@code fields}. Excel: one sheet,
 * "key | value" rows for the header, an empty row, then one row per node under the column headers of
 * {@link #COLUMNS}; a node's parent is the node whose code is its code without the last segment.
 */
@ApplicationScoped
public class CriteriaSetTransfer {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER_KEYS =
            List.of("code", "name", "year", "level", "province", "maxPoints", "issuingDecision", "sample", "note");
    static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "maxPoints",
            "method",
            "indicatorKey",
            "ruleType",
            "target",
            "proportional",
            "steps",
            "pointsPerItem",
            "noData",
            "sample");

    /** Largest import document (JSON or .xlsx). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Deepest JSON nesting of an import (a tree of {@link CriteriaSetService#MAX_DEPTH} levels needs about 15). */
    static final int MAX_JSON_NESTING = 40;
    /** Columns read from a sheet (the export writes {@link #COLUMNS}). */
    static final int MAX_COLUMNS = 30;
    /** Header rows above the column headers. */
    static final int MAX_HEADER_ROWS = 40;

    private final CriteriaSetService sets;
    private final AccessPolicy access;
    private final ObjectMapper mapper;

    public CriteriaSetTransfer(CriteriaSetService sets, AccessPolicy access, ObjectMapper mapper) {
        this.sets = sets;
        this.access = access;
        this.mapper = mapper.copy();
        this.mapper
                .getFactory()
                .setStreamReadConstraints(this.mapper
                        .getFactory()
                        .streamReadConstraints()
                        .rebuild()
                        .maxNestingDepth(MAX_JSON_NESTING)
                        .build());
    }

    /**
     * Imports a whole set as a DRAFT: admins of the set's province only (403 before the body is read), body at most
     * {@link #MAX_BYTES}, tree bounded ({@link CriteriaSetService#checkBounds}), then the same checks as a new set.
     */
    @Transactional
    public CriteriaSet importSet(byte[] body, String contentType, Caller caller) {
        access.requireSetAdmin(caller);
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "required", Messages.CRITERIA_SET_DOCUMENT_JSON_XLSX);
        }
        if (body.length > MAX_BYTES) {
            throw Bodies.tooLarge(MAX_BYTES);
        }
        CreateCriteriaSetRequest request =
                contentType != null && contentType.startsWith(XLSX) ? parseXlsx(body) : parseJson(body);
        if (request == null) {
            throw ProblemException.invalid("body", "required", Messages.CRITERIA_SET_DOCUMENT_REQUIRED);
        }
        if (request.fields() == null || request.fields().isEmpty()) {
            access.requireSetAdminOf(
                    caller, request.province() == null ? "" : request.province().strip());
            throw ProblemException.invalid("fields", "notEmpty", Messages.IMPORTED_SET_NEEDS_CRITERIA);
        }
        return sets.create(request, caller);
    }

    CreateCriteriaSetRequest parseJson(byte[] body) {
        try {
            return mapper.readValue(body, CreateCriteriaSetRequest.class);
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            throw ProblemException.invalid(
                    path.isEmpty() ? "body" : path,
                    path.isEmpty() ? "json" : "type",
                    Messages.CRITERIA_SET_DOCUMENT,
                    shortMessage(e));
        } catch (IOException e) {
            throw ProblemException.invalid("body", "json", Messages.CRITERIA_SET_DOCUMENT, shortMessage(e));
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    public CreateCriteriaSetRequest document(CriteriaSetService.SetWithTree s) {
        CriteriaSet set = s.set();
        return new CreateCriteriaSetRequest(
                set.getCode(),
                set.getName(),
                set.getYear(),
                set.getLevel(),
                set.getProvince(),
                set.getMaxPoints(),
                set.getIssuingDecision(),
                set.isSample(),
                set.getNote(),
                s.tree().fields().stream().map(CriteriaSetTransfer::input).toList());
    }

    static NodeInput input(CriteriaTree.Node n) {
        return new NodeInput(
                n.code(),
                n.name(),
                n.maxPoints(),
                n.method(),
                n.indicatorKey(),
                n.rule(),
                n.sample(),
                n.children().stream().map(CriteriaSetTransfer::input).toList());
    }

    public byte[] exportXlsx(CriteriaSetService.SetWithTree s) {
        CreateCriteriaSetRequest doc = document(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "CCHC par-index", "1.0")) {
            Worksheet ws = wb.newWorksheet("Bo tieu chi");
            Object[] header = {
                doc.code(),
                doc.name(),
                doc.year(),
                doc.level(),
                doc.province(),
                doc.maxPoints(),
                doc.issuingDecision(),
                doc.sample(),
                doc.note()
            };
            for (int i = 0; i < HEADER_KEYS.size(); i++) {
                ws.value(i, 0, HEADER_KEYS.get(i));
                cell(ws, i, 1, header[i]);
            }
            int r = HEADER_KEYS.size() + 1;
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(r, c, COLUMNS.get(c));
            }
            ws.range(r, 0, r, COLUMNS.size() - 1).style().bold().set();
            int[] row = {r + 1};
            s.tree().forEach(n -> writeNode(ws, row[0]++, n));
            ws.width(1, 60);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook", e);
        }
        return out.toByteArray();
    }

    private static void writeNode(Worksheet ws, int r, CriteriaTree.Node n) {
        ScoringRule rule = n.rule();
        Object[] values = {
            n.code(),
            n.name(),
            n.maxPoints(),
            n.method(),
            n.indicatorKey(),
            rule == null ? null : rule.type(),
            rule == null ? null : rule.target(),
            rule == null ? null : rule.proportional(),
            rule == null || rule.steps().isEmpty()
                    ? null
                    : String.join(
                            ";",
                            rule.steps().stream()
                                    .map(st -> st.atLeast().toPlainString() + ":"
                                            + st.share().toPlainString())
                                    .toList()),
            rule == null ? null : rule.pointsPerItem(),
            rule == null ? null : rule.noData(),
            n.sample() ? Boolean.TRUE : null
        };
        for (int c = 0; c < values.length; c++) {
            cell(ws, r, c, values[c]);
        }
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
        } else if (v instanceof Integer i) {
            ws.value(r, c, i);
        } else {
            ws.value(r, c, v.toString());
        }
    }

    CreateCriteriaSetRequest parseXlsx(byte[] body) {
        UploadGuard.verify(body, "import.xlsx", Set.of(MediaTypes.XLSX), "body");
        int maxRows = MAX_HEADER_ROWS + CriteriaSetService.MAX_NODES + 1;
        List<List<String>> table = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            java.util.Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (row.getRowNum() > maxRows) {
                    throw ProblemException.invalid(
                            "body",
                            "maxRows",
                            Messages.SHEET_HAS_MOST_CRITERIA_ROWS,
                            CriteriaSetService.MAX_NODES,
                            MAX_HEADER_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS); i++) {
                    cells.add(row.getCell(i) == null ? "" : text(row.getCellText(i), row.getRowNum(), i));
                }
                while (table.size() < row.getRowNum() - 1) {
                    table.add(List.of());
                }
                table.add(cells);
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "xlsx", Messages.READABLE_XLSX_WORKBOOK);
        }
        int r = 0;
        while (r < table.size() && !("code".equals(cell(table.get(r), 0)) && "name".equals(cell(table.get(r), 1)))) {
            r++;
        }
        if (r >= table.size()) {
            throw ProblemException.invalid("body", "xlsx", Messages.COLUMN_HEADER_ROW_CODE_NAME);
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < r; i++) {
            if (!cell(table.get(i), 0).isEmpty()) {
                header.put(cell(table.get(i), 0), cell(table.get(i), 1));
            }
        }
        List<String> columns = table.get(r);
        Map<String, NodeBuilder> byCode = new LinkedHashMap<>();
        List<NodeBuilder> roots = new ArrayList<>();
        for (int i = r + 1; i < table.size(); i++) {
            List<String> row = table.get(i);
            String code = value(row, columns, "code");
            if (code.isEmpty()) {
                continue;
            }
            NodeBuilder parent = code.contains(".") ? byCode.get(code.substring(0, code.lastIndexOf('.'))) : null;
            NodeBuilder b = new NodeBuilder(row, columns, i + 1, parent == null ? 1 : parent.depth + 1);
            if (b.depth > CriteriaSetService.MAX_DEPTH) {
                throw ProblemException.invalid(
                        "row " + (i + 1) + ".code",
                        "maxDepth",
                        Messages.SET_MOST_LEVELS_DEEP,
                        CriteriaSetService.MAX_DEPTH);
            }
            (parent == null ? roots : parent.children).add(b);
            byCode.put(code, b);
        }
        return new CreateCriteriaSetRequest(
                header.get("code"),
                header.get("name"),
                integer(header.get("year"), "year"),
                header.get("level"),
                header.get("province"),
                decimal(header.get("maxPoints"), "maxPoints"),
                blankToNull(header.get("issuingDecision")),
                Boolean.parseBoolean(header.getOrDefault("sample", "false")),
                blankToNull(header.get("note")),
                roots.stream().map(NodeBuilder::build).toList());
    }

    private static final class NodeBuilder {
        final List<String> row;
        final List<String> columns;
        final int line;
        final int depth;
        final List<NodeBuilder> children = new ArrayList<>();

        NodeBuilder(List<String> row, List<String> columns, int line, int depth) {
            this.row = row;
            this.columns = columns;
            this.line = line;
            this.depth = depth;
        }

        NodeInput build() {
            String where = "row " + line + ".";
            String ruleType = value(row, columns, "ruleType");
            ScoringRule rule = null;
            if (!ruleType.isEmpty()) {
                List<ScoringRule.Step> steps = new ArrayList<>();
                String stepText = value(row, columns, "steps");
                if (!stepText.isEmpty()) {
                    for (String part : stepText.split(";")) {
                        String[] kv = part.split(":");
                        if (kv.length != 2) {
                            throw ProblemException.invalid(where + "steps", "format", Messages.STEPS_WRITTEN);
                        }
                        steps.add(
                                new ScoringRule.Step(decimal(kv[0], where + "steps"), decimal(kv[1], where + "steps")));
                    }
                }
                String proportional = value(row, columns, "proportional");
                String noData = value(row, columns, "noData");
                rule = new ScoringRule(
                        enumValue(RuleType.class, ruleType, where + "ruleType"),
                        decimal(value(row, columns, "target"), where + "target"),
                        steps,
                        proportional.isEmpty() ? null : Boolean.parseBoolean(proportional),
                        decimal(value(row, columns, "pointsPerItem"), where + "pointsPerItem"),
                        noData.isEmpty() ? null : enumValue(ScoringRule.NoData.class, noData, where + "noData"));
            }
            String method = value(row, columns, "method");
            return new NodeInput(
                    value(row, columns, "code"),
                    value(row, columns, "name"),
                    decimal(value(row, columns, "maxPoints"), where + "maxPoints"),
                    method.isEmpty() ? null : enumValue(ScoringMethod.class, method, where + "method"),
                    blankToNull(value(row, columns, "indicatorKey")),
                    rule,
                    Boolean.parseBoolean(value(row, columns, "sample")),
                    children.stream().map(NodeBuilder::build).toList());
        }
    }

    private static String value(List<String> row, List<String> columns, String column) {
        int i = columns.indexOf(column);
        return i < 0 ? "" : cell(row, i);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A cell's text: trimmed, NFC; U+0000 (which PostgreSQL refuses) is a 400 naming the cell. */
    private static String text(String raw, int rowNum, int column) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf('\u0000') >= 0) {
            throw ProblemException.invalid(
                    "row " + rowNum + ".column " + (column + 1), "noNul", Messages.CONTAINS_CHARACTER_U);
        }
        return Normalizer.normalize(raw.trim(), Normalizer.Form.NFC);
    }

    /** A number of a cell; far out of any range (exponent beyond ±100, more than 40 characters) is refused here. */
    private static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() > 40) {
                throw new NumberFormatException();
            }
            BigDecimal d = new BigDecimal(text.trim().replace(',', '.'));
            if (Math.abs(d.scale()) > 100) {
                throw ProblemException.invalid(field, "range", Messages.NUMBER_OUT_RANGE);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "number", Messages.NUMBER);
        }
    }

    private static Integer integer(String text, String field) {
        BigDecimal d = decimal(text, field);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.invalid(field, "integer", Messages.MUST_WHOLE_NUMBER_RANGE);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    field, "enum", Messages.ONE, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String shortMessage(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
