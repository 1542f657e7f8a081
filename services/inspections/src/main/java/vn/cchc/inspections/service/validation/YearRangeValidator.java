package vn.cchc.inspections.service.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Checks {@link YearRange} on {@link LocalDate} and {@link OffsetDateTime}. */
public final class YearRangeValidator {

    private YearRangeValidator() {}

    static boolean inRange(int year, YearRange range) {
        return year >= range.min() && year <= range.max();
    }

    public static class ForLocalDate implements ConstraintValidator<YearRange, LocalDate> {
        private YearRange range;

        @Override
        public void initialize(YearRange annotation) {
            this.range = annotation;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || inRange(value.getYear(), range);
        }
    }

    public static class ForOffsetDateTime implements ConstraintValidator<YearRange, OffsetDateTime> {
        private YearRange range;

        @Override
        public void initialize(YearRange annotation) {
            this.range = annotation;
        }

        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || inRange(value.getYear(), range);
        }
    }
}
