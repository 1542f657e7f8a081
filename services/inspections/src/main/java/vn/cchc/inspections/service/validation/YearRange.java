package vn.cchc.inspections.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or instant whose year lies in [{@link #min()}, {@link #max()}] (default 1900–2100, the range every date of
 * this service is plausible in); {@code null} passes (use {@code @NotNull} for required dates). Rule name in a
 * 400: {@code yearRange}.
 */
@Documented
@Constraint(validatedBy = {YearRangeValidator.ForLocalDate.class, YearRangeValidator.ForOffsetDateTime.class})
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface YearRange {

    int min() default 1900;

    int max() default 2100;

    String message() default "must be a date between the years {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
