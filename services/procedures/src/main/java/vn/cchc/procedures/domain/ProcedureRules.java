package vn.cchc.procedures.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.procedures.domain.ProcedureContent.InternalStep;

/**
 * Cross-field rules of a procedure version, shared by the API and the bulk import. Plain Java: each
 * broken rule is reported with the field path and a rule name, all at once.
 */
public final class ProcedureRules {

    /** Procedure code: opaque, as used by the national database (1.000948.H38, 2.000908.000.00.00.H61). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,59}");

    public static final Pattern LEVEL = Pattern.compile("[A-Z_]{2,30}");
    /** The largest fee a procedure may name: 100 billion đồng (anything above is a typo such as 1e309). */
    public static final BigDecimal MAX_FEE = new BigDecimal("100000000000");

    public static final int MAX_COPIES = 1000;
    /** Longest list of each kind in one version (levels, points, fees, components, steps, legal basis, internal steps). */
    public static final int MAX_ITEMS = 500;

    public static final int MAX_TEXT_ITEM = 4000;

    /** A broken rule: field path (e.g. {@code internalSteps[2].duration}), rule name and message. */
    public record Violation(String field, String rule, String message) {}

    private ProcedureRules() {}

    public static List<Violation> checkCode(String code) {
        if (code == null || code.isBlank()) {
            return List.of(new Violation("code", "required", "must not be blank"));
        }
        if (!CODE.matcher(code.trim()).matches()) {
            return List.of(new Violation("code", "format", "letters, digits, '.' and '-' only, at most 60 characters"));
        }
        return List.of();
    }

    public static List<Violation> check(ProcedureContent c) {
        List<Violation> v = new ArrayList<>();
        text(v, "name", c.name(), 1000);
        text(v, "field", c.field(), 300);
        optionalText(v, "decidingAgencyCode", c.decidingAgencyCode(), 60);
        optionalText(v, "applicants", c.applicants(), 4000);
        optionalText(v, "resultType", c.resultType(), 1000);
        optionalText(v, "conditions", c.conditions(), 8000);
        items(v, "levels", c.levels().size(), 10);
        items(v, "receivingPoints", c.receivingPoints().size(), MAX_ITEMS);
        items(v, "fees", c.fees().size(), MAX_ITEMS);
        items(v, "components", c.components().size(), MAX_ITEMS);
        items(v, "steps", c.steps().size(), MAX_ITEMS);
        items(v, "legalBasis", c.legalBasis().size(), MAX_ITEMS);
        items(v, "internalSteps", c.internalSteps().size(), MAX_ITEMS);
        if (v.stream().anyMatch(x -> "maxItems".equals(x.rule()))) {
            return v; // a junk row: its lists are not read item by item
        }
        for (int i = 0; i < c.receivingPoints().size(); i++) {
            optionalText(v, "receivingPoints[" + i + "]", c.receivingPoints().get(i), 60);
        }
        for (int i = 0; i < c.steps().size(); i++) {
            text(v, "steps[" + i + "]", c.steps().get(i), MAX_TEXT_ITEM);
        }
        for (int i = 0; i < c.legalBasis().size(); i++) {
            text(v, "legalBasis[" + i + "]", c.legalBasis().get(i), 1000);
        }
        if (c.levels().isEmpty()) {
            v.add(new Violation("levels", "required", "at least one level (cấp thực hiện)"));
        }
        for (int i = 0; i < c.levels().size(); i++) {
            String level = c.levels().get(i);
            if (level == null || !LEVEL.matcher(level).matches()) {
                v.add(new Violation(
                        "levels[" + i + "]", "format", "an upper-case level code such as PROVINCE or COMMUNE"));
            }
        }
        if (c.channels().isEmpty()) {
            v.add(new Violation("channels", "required", "at least one channel (cách thức thực hiện)"));
        }
        if (c.onlineLevel() != OnlineLevel.NONE && !c.channels().contains(Channel.ONLINE)) {
            v.add(new Violation(
                    "onlineLevel", "requiresOnlineChannel", "an online service level needs the ONLINE channel"));
        }
        if (c.onlineLevel() == OnlineLevel.FULL && !c.fullOnlineEligible()) {
            v.add(new Violation(
                    "fullOnlineEligible",
                    "requiredForFullOnline",
                    "a toàn trình service must be marked eligible for toàn trình"));
        }
        boolean timeOk = duration(v, "processingTime", c.processingTime(), true);
        boolean statutoryOk = duration(v, "statutoryTime", c.statutoryTime(), false);
        if (timeOk
                && statutoryOk
                && c.statutoryTime() != null
                && c.processingTime()
                                .inWorkingDays()
                                .compareTo(c.statutoryTime().inWorkingDays())
                        > 0) {
            v.add(new Violation(
                    "processingTime", "notLongerThanStatutory", "must not exceed the statutory processing time"));
        }
        for (int i = 0; i < c.fees().size(); i++) {
            var fee = c.fees().get(i);
            text(v, "fees[" + i + "].name", fee == null ? null : fee.name(), 300);
            if (fee != null && (fee.amount() == null || fee.amount().signum() < 0)) {
                v.add(new Violation("fees[" + i + "].amount", "nonNegative", "must be zero or more (đồng)"));
            } else if (fee != null && fee.amount().compareTo(MAX_FEE) > 0) {
                v.add(new Violation("fees[" + i + "].amount", "max", "at most 100,000,000,000 đồng"));
            } else if (fee != null
                    && fee.amount().scale() > 2
                    && fee.amount().stripTrailingZeros().scale() > 2) {
                v.add(new Violation("fees[" + i + "].amount", "digits", "at most 2 decimals"));
            }
            if (fee != null) {
                optionalText(v, "fees[" + i + "].note", fee.note(), 1000);
            }
        }
        for (int i = 0; i < c.components().size(); i++) {
            var component = c.components().get(i);
            text(v, "components[" + i + "].name", component == null ? null : component.name(), 1000);
            if (component != null && component.copies() < 1) {
                v.add(new Violation("components[" + i + "].copies", "positive", "at least one copy"));
            } else if (component != null && component.copies() > MAX_COPIES) {
                v.add(new Violation("components[" + i + "].copies", "max", "at most " + MAX_COPIES + " copies"));
            }
        }
        internalSteps(v, c, timeOk);
        return v;
    }

    /** Quy trình nội bộ: every step has a positive budget, and the budgets add up to the processing time. */
    private static void internalSteps(List<Violation> v, ProcedureContent c, boolean timeOk) {
        List<InternalStep> steps = c.internalSteps();
        if (steps.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean stepsOk = true;
        for (int i = 0; i < steps.size(); i++) {
            InternalStep step = steps.get(i);
            text(v, "internalSteps[" + i + "].name", step == null ? null : step.name(), 500);
            if (step == null || step.duration() == null || step.duration().signum() <= 0) {
                v.add(new Violation("internalSteps[" + i + "].duration", "positive", "must be more than zero"));
                stepsOk = false;
            } else if (!digits(step.duration())) {
                // checked before any arithmetic: 1e999999999 + 1e-999999999 would need a billion digits
                v.add(new Violation("internalSteps[" + i + "].duration", "digits", "at most 6 digits and 2 decimals"));
                stepsOk = false;
            } else {
                sum = sum.add(step.duration());
            }
            if (step != null) {
                optionalText(v, "internalSteps[" + i + "].actor", step.actor(), 300);
            }
        }
        if (stepsOk
                && timeOk
                && c.processingTime() != null
                && c.processingTime().value() != null
                && sum.compareTo(c.processingTime().value()) != 0) {
            v.add(new Violation(
                    "internalSteps",
                    "sumEqualsProcessingTime",
                    "step durations add up to " + sum.stripTrailingZeros().toPlainString()
                            + " but the processing time is "
                            + c.processingTime().value().stripTrailingZeros().toPlainString()));
        }
    }

    private static boolean duration(List<Violation> v, String field, ProcedureContent.Duration d, boolean required) {
        if (d == null) {
            if (required) {
                v.add(new Violation(field, "required", "value and unit are required"));
            }
            return !required;
        }
        boolean ok = true;
        if (d.value() == null || d.value().signum() <= 0) {
            v.add(new Violation(field + ".value", "positive", "must be more than zero"));
            ok = false;
        } else if (!digits(d.value())) {
            v.add(new Violation(field + ".value", "digits", "at most 6 digits and 2 decimals"));
            ok = false;
        }
        if (d.unit() == null) {
            v.add(new Violation(field + ".unit", "required", "one of HOURS, DAYS, WORKING_DAYS, MONTHS"));
            ok = false;
        }
        return ok;
    }

    /** At most 6 integer digits and 2 decimals (the numeric(8,2) columns). */
    static boolean digits(BigDecimal value) {
        BigDecimal d = value.scale() > 2 ? value.stripTrailingZeros() : value;
        return d.scale() <= 2 && d.precision() - d.scale() <= 6;
    }

    private static void items(List<Violation> v, String field, int size, int max) {
        if (size > max) {
            v.add(new Violation(field, "maxItems", "at most " + max + " items"));
        }
    }

    private static void optionalText(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "maxLength", "at most " + max + " characters"));
        }
    }

    private static void text(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "required", "must not be blank"));
        } else if (value.length() > max) {
            v.add(new Violation(field, "maxLength", "at most " + max + " characters"));
        }
    }
}
