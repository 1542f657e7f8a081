package vn.cchc.procedures.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.rest.ProcedureDtos.ProcedureInput;
import vn.cchc.shared.json.TextRuleException;

/**
 * Reads a JSON import: a bare array of procedures or {@code {"rows": [...]}}; each element has the
 * fields of the create request plus optional {@code decisionNumber}, {@code decisionDate},
 * {@code effectiveDate}. An element that does not bind is reported with its row and field.
 * <p>
 * The document is streamed element by element, never built as one tree: at most {@code maxRows} elements, each
 * at most {@value #MAX_TOKENS} tokens and {@value #MAX_DEPTH} levels deep (a real procedure has a few hundred
 * tokens and 3 levels); the application's strict JSON rules (bounded strings and numbers, NFC, no U+0000, no
 * repeated keys) apply to every value.
 */
public final class JsonParser {

    static final int MAX_TOKENS = 20_000;
    static final int MAX_DEPTH = 8;

    /** Decision columns of a JSON row. */
    record DecisionFields(String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate) {}

    private JsonParser() {}

    public static ParsedFile parse(
            byte[] bytes, ObjectMapper base, Function<ProcedureInput, ProcedureContent> toContent) {
        return parse(bytes, base, toContent, TabularParser.MAX_ROWS);
    }

    public static ParsedFile parse(
            byte[] bytes, ObjectMapper base, Function<ProcedureInput, ProcedureContent> toContent, int maxRows) {
        ObjectMapper mapper = base.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RowErrors errors = new RowErrors();
        List<ImportRow> rows = new ArrayList<>();
        int[] count = {0};
        try (com.fasterxml.jackson.core.JsonParser p = mapper.createParser(bytes)) {
            JsonToken t = p.nextToken();
            boolean found = false;
            boolean complete = true;
            if (t == JsonToken.START_ARRAY) {
                found = true;
                complete = elements(p, mapper, toContent, maxRows, rows, errors, count);
            } else if (t == JsonToken.START_OBJECT) {
                while (complete && p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("rows".equals(name) && value == JsonToken.START_ARRAY && !found) {
                        found = true;
                        complete = elements(p, mapper, toContent, maxRows, rows, errors, count);
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (!found) {
                errors.add(0, "file", "format", "expected an array of procedures or {\"rows\": [...]}");
                return new ParsedFile(List.of(), errors, 0);
            }
            if (complete && p.nextToken() != null) {
                errors.add(0, "file", "json", "content after the end of the JSON document");
            }
        } catch (JsonProcessingException e) {
            errors.add(
                    0,
                    "file",
                    "json",
                    "the file is not valid JSON (row " + (count[0] + 1) + "): " + Cells.shown(e.getOriginalMessage()));
        } catch (IOException e) {
            errors.add(0, "file", "json", "the file could not be read");
        }
        return new ParsedFile(rows, errors, count[0]);
    }

    /** Reads the array's elements; false when it stopped early (too many rows). */
    private static boolean elements(
            com.fasterxml.jackson.core.JsonParser p,
            ObjectMapper mapper,
            Function<ProcedureInput, ProcedureContent> toContent,
            int maxRows,
            List<ImportRow> rows,
            RowErrors errors,
            int[] count)
            throws IOException {
        JsonToken t;
        Pacer pacer = new Pacer(50);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            pacer.row();
            if (t == null) {
                errors.add(0, "file", "json", "the JSON array is not closed");
                return false;
            }
            if (count[0] == maxRows) {
                errors.add(0, "file", "maxRows", "the file has more than " + maxRows + " rows; import it in parts");
                rows.clear();
                return false;
            }
            int number = ++count[0];
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                errors.add(number, "row", "type", "each row is a JSON object");
                continue;
            }
            TokenBuffer buffer = copy(p);
            if (buffer == null) {
                errors.add(
                        number,
                        "row",
                        "maxSize",
                        "a row is at most " + MAX_TOKENS + " JSON tokens and " + MAX_DEPTH + " levels deep");
                continue;
            }
            try {
                JsonNode node = mapper.readTree(buffer.asParser(mapper));
                ProcedureInput input = mapper.treeToValue(node, ProcedureInput.class);
                DecisionFields decision = mapper.treeToValue(node, DecisionFields.class);
                rows.add(new ImportRow(
                        number,
                        input.code(),
                        toContent.apply(input),
                        decision.decisionNumber(),
                        decision.decisionDate(),
                        decision.effectiveDate()));
            } catch (JsonMappingException e) {
                String field = e.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
                String rule = e instanceof TextRuleException tr ? tr.rule() : "type";
                String message = e instanceof TextRuleException tr
                        ? tr.userMessage()
                        : Cells.shown(String.valueOf(e.getOriginalMessage()).split("\n")[0]);
                errors.add(number, field.isEmpty() ? "row" : field, rule, message);
            } catch (IllegalArgumentException e) {
                errors.add(number, "row", "type", Cells.shown(e.getMessage()));
            } finally {
                buffer.close();
            }
        }
        return true;
    }

    /**
     * The current object's tokens, or null when it is larger or deeper than a row may be (the rest of it is
     * then skipped as a stream, without keeping it).
     */
    private static TokenBuffer copy(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        TokenBuffer buffer = new TokenBuffer(p);
        buffer.copyCurrentEvent(p);
        int depth = 1;
        int tokens = 1;
        boolean tooBig = false;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of the document");
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
            if (!tooBig) {
                if (++tokens > MAX_TOKENS || depth > MAX_DEPTH) {
                    tooBig = true;
                } else {
                    buffer.copyCurrentEvent(p);
                }
            }
        }
        if (tooBig) {
            buffer.close();
            return null;
        }
        return buffer;
    }
}
