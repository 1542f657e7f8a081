package vn.cchc.parindex.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.repository.UnitRepository;
import vn.cchc.shared.problem.Problem.Violation;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * SIPAS-style survey results per unit and year: rows {@code unitCode, key, value (0 … 100), respondents, source}
 * as CSV (header row) or JSON (array of objects). All rows are checked first; one bad row rejects the file (400
 * naming {@code rows[i].field}), so an import is all or nothing. Importing again replaces a unit's item.
 */
@ApplicationScoped
public class SurveyService {

    public record Row(String unitCode, String key, BigDecimal value, Integer respondents, String source) {
    }

    public record ImportResult(int year, int rows) {
    }

    private final ReadModelRepository models;
    private final UnitRepository units;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SurveyService(ReadModelRepository models, UnitRepository units, ObjectMapper mapper, Clock clock) {
        this.models = models;
        this.units = units;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public ImportResult importRows(int year, byte[] body, String contentType, Caller caller) {
        List<String[]> raw = contentType != null && contentType.startsWith("text/csv") ? csv(body) : json(body);
        String province = caller.unitCode().map(AccessPolicy::provinceOf).orElse("");
        List<Violation> violations = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String[] r = raw.get(i);
            String at = "rows[" + i + "].";
            String unit = r[0] == null ? "" : r[0].trim();
            if (unit.isEmpty() || !province.equals(AccessPolicy.provinceOf(unit))) {
                violations.add(new Violation(at + "unitCode", "province", "must be a unit of province " + province));
            } else if (units.find(unit).isEmpty()) {
                violations.add(new Violation(at + "unitCode", "exists", "unit " + unit + " is not known"));
            }
            String key = r[1] == null ? "" : r[1].trim();
            if (!key.matches("[A-Za-z0-9._-]{1,60}")) {
                violations.add(new Violation(at + "key", "pattern", "an item key such as SIPAS.TOTAL is required"));
            }
            BigDecimal value = decimal(r[2]);
            if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.scale() > 2) {
                violations.add(new Violation(at + "value", "range", "must be a number from 0 to 100 with at most two decimals"));
            }
            BigDecimal respondents = decimal(r[3]);
            if (r[3] != null && !r[3].isBlank() && (respondents == null || respondents.signum() < 0)) {
                violations.add(new Violation(at + "respondents", "min", "must be a whole number, 0 or more"));
            }
            rows.add(new Row(unit, key, value, respondents == null ? null : respondents.intValue(),
                    r[4] == null || r[4].isBlank() ? null : r[4].trim()));
        }
        if (rows.isEmpty()) {
            violations.add(new Violation("rows", "notEmpty", "the file has no rows"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        rows.forEach(r -> models.upsertSurvey(year, r.unitCode(), r.key(), r.value(), r.respondents(), r.source(),
                caller.username(), now));
        return new ImportResult(year, rows.size());
    }

    private static List<String[]> csv(byte[] body) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new String[]{get(r, "unitCode"), get(r, "key"), get(r, "value"), get(r, "respondents"), get(r, "source")});
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("body", "csv", "is not a CSV file with the header unitCode,key,value,respondents,source");
        }
    }

    private static String get(CSVRecord r, String name) {
        return r.isMapped(name) && r.isSet(name) ? r.get(name) : null;
    }

    private List<String[]> json(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "json", "is not JSON");
        }
        JsonNode array = root != null && root.isObject() ? root.path("rows") : root;
        if (array == null || !array.isArray()) {
            throw ProblemException.invalid("body", "json", "must be an array of rows (or {\"rows\": [...]})");
        }
        List<String[]> rows = new ArrayList<>();
        for (JsonNode n : array) {
            rows.add(new String[]{text(n, "unitCode"), text(n, "key"), text(n, "value"), text(n, "respondents"), text(n, "source")});
        }
        return rows;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReadModelRepository.SurveyRow> list(int year, String unitCode, Caller caller, AccessPolicy access) {
        String callerUnit = caller.unitCode().orElse("");
        String province = AccessPolicy.provinceOf(callerUnit);
        if (unitCode != null) {
            UnitRepository.Unit u = units.find(unitCode).orElseThrow(() -> ProblemException.notFound("No unit " + unitCode + "."));
            boolean allowed = access.isProvinceStaff(caller, AccessPolicy.provinceOf(u.code()))
                    || vn.cchc.shared.security.Jurisdiction.covers(callerUnit, u.path());
            if (!allowed) {
                throw ProblemException.notFound("No unit " + unitCode + ".");
            }
            return models.surveys(year, List.of(unitCode));
        }
        if (access.isProvinceStaff(caller, province)) {
            return models.surveys(year, models.unitsBelow("/" + province + "/"));
        }
        return units.find(callerUnit).map(u -> models.surveys(year, models.unitsBelow(u.path()))).orElse(List.of());
    }
}
