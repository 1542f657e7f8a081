package vn.cchc.shared.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * Every request body is read strictly, so that bad input is a 400 naming the field and never a 500 or a silently
 * wrong value:
 * <ul>
 *   <li>a repeated key, trailing content after the document, an integer for an enum, a fraction for an integer,
 *   {@code null} inside a list or map → refused;</li>
 *   <li>every string is put in Unicode NFC (so "nguyễn" typed in NFD matches) and refused if it holds U+0000, which
 *   PostgreSQL cannot store;</li>
 *   <li>a floating-point number that is not finite ({@code 1e309}, NaN) and a decimal beyond ±10^15 or with more
 *   than 6 decimals are refused;</li>
 *   <li>the document is bounded: nesting depth 64, one string at most 5 million characters, one number at most
 *   100 digits.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_NESTING = 64;
    public static final int MAX_STRING = 5_000_000;
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("1e15");
    public static final int MAX_SCALE = 6;

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Applies the rules to a mapper (also used by code that parses JSON itself, e.g. imports). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(100)
                        .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // (Not FAIL_ON_NULL_FOR_PRIMITIVES: records read through their constructor would then refuse an omitted
        // boolean, which clients may leave out; it keeps its default value.)
        mapper.enable(
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // null inside a list, set or map property is refused (per declared type: a global default trips a Jackson
        // bug for root-level arrays).
        for (Class<?> container : new Class<?>[] {
            java.util.List.class,
            java.util.Set.class,
            java.util.Collection.class,
            java.util.Map.class,
            java.util.SortedSet.class,
            java.util.SortedMap.class
        }) {
            mapper.configOverride(container).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule module = new SimpleModule("cchc-strict-json");
        module.addDeserializer(String.class, new CleanString());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(double.class, new FiniteDouble(double.class));
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        mapper.registerModule(module);
        return mapper;
    }

    /** NFC; U+0000 refused. */
    static final class CleanString extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            return clean(value, p);
        }

        static String clean(String value, JsonParser p) throws TextRuleException {
            if (value == null) {
                return null;
            }
            if (value.indexOf('\u0000') >= 0) {
                throw new TextRuleException(
                        p, "noNulCharacter", "không được chứa ký tự U+0000 / must not contain the character U+0000");
            }
            return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                    ? value
                    : Normalizer.normalize(value, Normalizer.Form.NFC);
        }
    }

    /** Finite doubles only: 1e309 would silently become Infinity. */
    static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private final boolean primitive;

        FiniteDouble(Class<?> type) {
            super(type);
            this.primitive = type.isPrimitive();
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return primitive ? (Double) ctxt.handleUnexpectedToken(double.class, p) : null;
            }
            if (!p.currentToken().isNumeric()) {
                throw new TextRuleException(p, "type", "phải là một số / must be a number");
            }
            double value = p.getDoubleValue();
            if (!Double.isFinite(value)) {
                throw new TextRuleException(p, "range", "số nằm ngoài phạm vi cho phép / the number is out of range");
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return primitive ? 0d : null;
        }
    }

    /** Decimals within ±10^15 and at most six decimals (amounts, points, rates). */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            BigDecimal value;
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                value = p.getDecimalValue();
            } else if (token == JsonToken.VALUE_STRING) {
                try {
                    value = new BigDecimal(p.getText().strip());
                } catch (NumberFormatException e) {
                    throw new TextRuleException(p, "type", "phải là một số / must be a number");
                }
            } else {
                throw new TextRuleException(p, "type", "phải là một số / must be a number");
            }
            if (value.abs().compareTo(MAX_DECIMAL) >= 0
                    || value.stripTrailingZeros().scale() > MAX_SCALE) {
                throw new TextRuleException(
                        p,
                        "range",
                        "số nằm ngoài phạm vi cho phép (|x| < 10^15, tối đa 6 chữ số thập phân) / the number is out of range");
            }
            return value;
        }
    }
}
