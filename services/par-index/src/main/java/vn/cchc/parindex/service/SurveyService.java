package vn.cchc.parindex.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.indicators.SurveyRow;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * SIPAS-style survey results per unit and year: rows {@code unitCode, key, value (0 … 100), respondents, source}
 * as CSV (header row) or JSON (array of objects). All rows are checked first; one bad row rejects the file (400
 * naming {@code rows[i].field}, the first 1,000 violations and their total), so an import is all or nothing.
 * Importing again replaces a unit's item.
 */
@ApplicationScoped
public class SurveyService {

    public record Row(String unitCode, String key, BigDecimal value, Integer respondents, String source) {}

    public record ImportResult(int year, int rows) {}

    /** Largest import body (5,000 rows of up to ~300 bytes fit). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int MAX_ROWS = 5000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal MAX_RESPONDENTS = BigDecimal.valueOf(100_000_000);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    private final ReadModelRepository models;
    private final UnitCopyRepository units;
    private final AccessPolicy access;
    private final ObjectMapper reader;
    private final Clock clock;

    public SurveyService(
            ReadModelRepository models,
            UnitCopyRepository units,
            AccessPolicy access,
            ObjectMapper mapper,
            Clock clock) {
        this.models = models;
        this.units = units;
        this.access = access;
        this.reader = mapper.copy();
        this.reader
                .getFactory()
                .setStreamReadConstraints(this.reader
                        .getFactory()
                        .streamReadConstraints()
                        .rebuild()
                        .maxNestingDepth(8)
                        .build());
        this.clock = clock;
    }

    /**
     * Imports the rows of a year: appraisers and admins, for units of their own province (403 before the body is
     * read). Bounded: body at most {@link #MAX_BYTES}, at most {@link #MAX_ROWS} rows, the first
     * {@link Violations#MAX_KEPT} violations and their total; all or nothing.
     */
    @Transactional
    public ImportResult importRows(int year, byte[] body, String contentType, Caller caller) {
        String province = access.requireSurveyImporter(caller);
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "required", Messages.CSV_JSON_ROWS_REQUIRED);
        }
        if (body.length > MAX_BYTES) {
            throw Bodies.tooLarge(MAX_BYTES);
        }
        List<String[]> raw =
                contentType != null && contentType.toLowerCase().startsWith("text/csv") ? csv(body) : json(body);
        Set<String> known = new HashSet<>(units.codesInSubtree("/" + province + "/"));
        // a row for a unit of another province is a matter of rights (403), not of input
        access.requireUnitsOfProvince(
                province,
                units.byCodes(raw.stream()
                        .map(r -> r[0] == null ? "" : r[0].trim())
                        .filter(u -> !u.isEmpty() && !known.contains(u))
                        .distinct()
                        .toList()));
        Violations violations = new Violations();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            String at = "rows[" + i + "].";
            String unit = r[0] == null ? "" : r[0].trim();
            if (unit.isEmpty() || unit.length() > 60 || unit.indexOf('\u0000') >= 0) {
                violations.add(at + "unitCode", "required", Messages.UNIT_CODE_PROVINCE_REQUIRED, province);
            } else if (!known.contains(unit)) {
                violations.add(at + "unitCode", "province", Messages.MUST_UNIT_PROVINCE_KNOWN_PAR, province);
            }
            String key = r[1] == null ? "" : r[1].trim();
            if (!KEY.matcher(key).matches()) {
                violations.add(at + "key", "pattern", Messages.ITEM_KEY_SUCH_SIPAS_TOTAL);
            }
            BigDecimal value = decimal(r[2]);
            if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 2) {
                violations.add(at + "value", "range", Messages.MUST_NUMBER_FROM_MOST_TWO);
            }
            BigDecimal respondents = decimal(r[3]);
            boolean hasRespondents = r[3] != null && !r[3].isBlank();
            if (hasRespondents
                    && (respondents == null
                            || respondents.signum() < 0
                            || respondents.compareTo(MAX_RESPONDENTS) > 0
                            || respondents.stripTrailingZeros().scale() > 0)) {
                violations.add(
                        at + "respondents", "range", Messages.MUST_WHOLE_NUMBER_FROM, MAX_RESPONDENTS.toPlainString());
                respondents = null;
            }
            String source =
                    r[4] == null || r[4].isBlank() ? null : Normalizer.normalize(r[4].trim(), Normalizer.Form.NFC);
            if (source != null && (source.length() > 200 || source.indexOf('\u0000') >= 0)) {
                violations.add(at + "source", "size", Messages.MOST_CHARACTERS_U);
            }
            if (violations.isEmpty()) {
                rows.add(new Row(unit, key, value, respondents == null ? null : respondents.intValueExact(), source));
            }
        }
        if (raw.isEmpty()) {
            violations.add("rows", "notEmpty", Messages.FILE_HAS_ROWS);
        }
        violations.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        rows.forEach(r -> models.upsertSurvey(
                year, r.unitCode(), r.key(), r.value(), r.respondents(), r.source(), caller.username(), now));
        return new ImportResult(year, rows.size());
    }

    private static List<String[]> csv(byte[] body) {
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get()
                .parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null
                    || !header.containsKey("unitCode")
                    || !header.containsKey("key")
                    || !header.containsKey("value")) {
                throw ProblemException.invalid("body", "csv", Messages.FIRST_LINE_MUST_HEADER_UNITCODE);
            }
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new String[] {
                    get(r, "unitCode"), get(r, "key"), get(r, "value"), get(r, "respondents"), get(r, "source")
                });
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "csv", Messages.CSV_FILE_HEADER_UNITCODE_KEY);
        }
    }

    private static ProblemException tooManyRows() {
        return ProblemException.invalid("rows", "maxRows", Messages.MOST_ROWS_PER_IMPORT_SPLIT, MAX_ROWS);
    }

    private static String get(CSVRecord r, String name) {
        return r.isMapped(name) && r.isSet(name) ? r.get(name) : null;
    }

    private List<String[]> json(byte[] body) {
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "json", Messages.JSON);
        }
        JsonNode array = root != null && root.isObject() ? root.path("rows") : root;
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid("body", "json", Messages.MUST_ARRAY_ROWS_ROWS);
        }
        if (array.size() > MAX_ROWS) {
            throw tooManyRows();
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            if (n == null || !n.isObject()) {
                throw ProblemException.invalid("rows[" + i + "]", "object", Messages.EACH_ROW_OBJECT_UNITCODE_KEY);
            }
            rows.add(new String[] {
                text(n, "unitCode"), text(n, "key"), text(n, "value"), text(n, "respondents"), text(n, "source")
            });
        }
        return rows;
    }

    /** A scalar field's text; an object or array where a value is expected gives null (reported as missing). */
    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** A number, or null when it is none or far out of range (cheap for any input). */
    private static BigDecimal decimal(String s) {
        if (s == null || s.isBlank() || s.length() > 40) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s.trim());
            return Math.abs(d.scale()) > 100 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Survey values a caller may see: of {@code unitCode}, or of their province / own subtree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SurveyRow> list(int year, String unitCode, Caller caller) {
        access.requireSurveyReader(caller);
        if (unitCode != null) {
            UnitCopy u = units.byCode(unitCode).orElseThrow(() -> ProblemException.notFound(Messages.UNIT, unitCode));
            if (!access.canSeeSurveysOf(caller, u)) {
                throw ProblemException.notFound(Messages.UNIT, unitCode);
            }
            return models.surveys(year, List.of(unitCode));
        }
        String root = access.surveyListRoot(caller);
        return root == null ? List.of() : models.surveys(year, units.codesInSubtree(root));
    }
}
