package vn.cchc.procedures.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.rest.UnitDtos.UnitInput;
import vn.cchc.shared.json.TextRuleException;
import vn.cchc.shared.problem.ProblemException;

/**
 * Reads a unit list as a JSON array, element by element (never the whole document as a tree), stopping at
 * {@code maxRows}; a bad element is a 400 naming {@code rows[i].field}. The application's strict JSON rules apply
 * (bounded nesting and strings, NFC, no U+0000, no repeated keys).
 */
public final class UnitJson {

    private UnitJson() {}

    /** The elements ({@code null} for a JSON null element, which the import reports). */
    public static List<UnitInput> parse(byte[] body, ObjectMapper mapper, int maxRows) {
        List<UnitInput> rows = new ArrayList<>();
        // one element at a time: the array's next element is not "trailing content" of the one just read
        ObjectReader reader = mapper.readerFor(UnitInput.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = mapper.createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("rows", "json", Messages.EXPECTED_JSON_ARRAY_UNITS);
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw ProblemException.invalid("body", "json", Messages.JSON_ARRAY_CLOSED);
                }
                if (rows.size() == maxRows) {
                    throw ProblemException.invalid("rows", "maxItems", Messages.MOST_UNITS_PER_IMPORT, maxRows);
                }
                int i = rows.size();
                if (t == JsonToken.VALUE_NULL) {
                    rows.add(null);
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    throw ProblemException.invalid("rows[" + i + "]", "type", Messages.EACH_UNIT_JSON_OBJECT);
                }
                try {
                    rows.add(reader.readValue(p));
                } catch (JsonMappingException e) {
                    String path = e.getPath().stream()
                            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                            .collect(Collectors.joining());
                    String rule = e instanceof TextRuleException tr ? tr.rule() : "type";
                    String message = e instanceof TextRuleException tr
                            ? tr.userMessage()
                            : "has a value of the wrong type or format";
                    throw ProblemException.invalid("rows[" + i + "]" + path, rule, message);
                }
            }
            if (p.nextToken() != null) {
                throw ProblemException.invalid("body", "json", Messages.CONTENT_AFTER_END_JSON_ARRAY);
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(
                    "body", "json", Messages.REQUEST_BODY_VALID_JSON, Cells.shown(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ProblemException.invalid("body", "json", Messages.REQUEST_BODY_COULD_READ);
        }
        return rows;
    }
}
