package vn.cchc.procedures.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.UnitKind;
import vn.cchc.procedures.service.UnitCommand;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/**
 * Reads a unit list from CSV with the header
 * {@code code,name,kind,level,parentCode,validFrom,validTo,successorCode,receivesDossiers,fields}
 * ({@code fields} separated by ';'). Cells that cannot be read are reported as {@code rows[i].field}
 * (the first 1,000 and the total). At most {@code maxRows} rows and {@value #MAX_FIELDS} columns.
 */
public final class UnitCsv {

    static final int MAX_FIELDS = 50;

    private UnitCsv() {}

    public static List<UnitCommand> parse(byte[] bytes, java.nio.charset.Charset charset, int maxRows) {
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvShape shape = CsvShape.scan(text, ',', maxRows + 1, MAX_FIELDS);
        if (shape.widest() > MAX_FIELDS) {
            throw ProblemException.invalid("file", "maxColumns", Messages.ROW_HAS_MORE_THAN_COLUMNS, MAX_FIELDS);
        }
        if (shape.records() > maxRows + 1) {
            throw ProblemException.invalid("rows", "maxItems", Messages.MOST_UNITS_PER_IMPORT, maxRows);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<UnitCommand> rows = new ArrayList<>();
        Violations violations = new Violations();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().containsAll(List.of("code", "name", "kind", "level", "validFrom"))) {
                throw ProblemException.invalid("header", "columns", Messages.FIRST_ROW_MUST_NAME_COLUMNS);
            }
            int i = 0;
            for (CSVRecord r : parser) {
                String prefix = "rows[" + i + "].";
                UnitKind kind = null;
                String kindText = get(r, "kind");
                if (kindText != null) {
                    try {
                        kind = UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        violations.add(prefix + "kind", "oneOf", Messages.ADMINISTRATION_AGENCY_ONE_STOP);
                    }
                }
                String fields = get(r, "fields");
                rows.add(new UnitCommand(
                        get(r, "code"),
                        get(r, "name"),
                        kind,
                        get(r, "level"),
                        get(r, "parentCode"),
                        date(r, "validFrom", prefix, violations),
                        date(r, "validTo", prefix, violations),
                        get(r, "successorCode"),
                        "true".equalsIgnoreCase(get(r, "receivesDossiers")),
                        fields == null
                                ? List.of()
                                : Arrays.stream(fields.split(";"))
                                        .map(String::trim)
                                        .filter(s -> !s.isEmpty())
                                        .toList()));
                i++;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv: an unterminated quote, a duplicate or empty header name
            throw ProblemException.invalid("file", "csv", Messages.FILE_READABLE_CSV, Cells.shown(e.getMessage()));
        }
        violations.throwIfAny();
        return rows;
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate date(CSVRecord r, String column, String prefix, Violations violations) {
        String v = get(r, column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            violations.add(prefix + column, "date", Messages.DATE_YYYY_MM_DD_2, Cells.shown(v));
            return null;
        }
    }
}
