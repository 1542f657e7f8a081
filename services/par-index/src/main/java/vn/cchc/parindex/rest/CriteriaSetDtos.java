package vn.cchc.parindex.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public final class CriteriaSetDtos {

    private CriteriaSetDtos() {
    }

    public record CreateCriteriaSetRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
            String code,
            @NotBlank @Size(max = 500) String name,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Pattern(regexp = "[A-Z_]{2,30}", message = "an upper-case level code such as COMMUNE") String level,
            @NotBlank @Pattern(regexp = "H[0-9]{2}", message = "a province code such as H99") String province,
            @NotNull @Positive @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal maxPoints) {
    }

    public record CriteriaSetView(Long id, String code, String name, int year, String level, String province,
                                  BigDecimal maxPoints, String status, OffsetDateTime createdAt) {
    }
}
