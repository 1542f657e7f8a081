package vn.cchc.procedures.importing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureInput;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a JSON import: a bare array of procedures or {@code {"rows": [...]}}; each element has the
 * fields of the create request plus optional {@code decisionNumber}, {@code decisionDate},
 * {@code effectiveDate}. An element that does not bind is reported with its row and field.
 */
public final class JsonParser {

    /** Decision columns of a JSON row. */
    record DecisionFields(String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate) {
    }

    private JsonParser() {
    }

    public static ParsedFile parse(byte[] bytes, ObjectMapper base, Function<ProcedureInput, ProcedureContent> toContent)
            throws IOException {
        ObjectMapper mapper = base.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<RowError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        JsonNode root = mapper.readTree(bytes);
        JsonNode array = root != null && root.isObject() ? root.get("rows") : root;
        if (array == null || !array.isArray()) {
            errors.add(new RowError(0, "file", "format", "expected an array of procedures or {\"rows\": [...]}"));
            return new ParsedFile(rows, errors, 0);
        }
        int number = 0;
        for (JsonNode node : array) {
            number++;
            try {
                ProcedureInput input = mapper.treeToValue(node, ProcedureInput.class);
                DecisionFields decision = mapper.treeToValue(node, DecisionFields.class);
                rows.add(new ImportRow(number, input.code(), toContent.apply(input), decision.decisionNumber(),
                        decision.decisionDate(), decision.effectiveDate()));
            } catch (JsonMappingException e) {
                String field = e.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                errors.add(new RowError(number, field.isEmpty() ? "row" : field, "type",
                        e.getOriginalMessage().split("\n")[0]));
            }
        }
        return new ParsedFile(rows, errors, number);
    }
}
