package vn.cchc.parindex.domain.indicators;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One imported survey value (SIPAS-style) of a unit, year and survey item; the value of a survey criterion. */
public record SurveyRow(
        int year,
        String unitCode,
        String key,
        BigDecimal value,
        Integer respondents,
        String source,
        OffsetDateTime importedAt) {}
