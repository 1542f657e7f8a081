package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A figure kept in a finding as it was when recorded: value, source and as-of time never change afterwards. */
@Entity
@Table(name = "finding_figure")
public class FindingFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String key;
    private String label;
    private BigDecimal value;
    private String unit;
    private String source;

    @Column(name = "as_of")
    private OffsetDateTime asOf;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private String detail;

    protected FindingFigure() {}

    public FindingFigure(
            String key,
            String label,
            BigDecimal value,
            String unit,
            String source,
            OffsetDateTime asOf,
            LocalDate periodFrom,
            LocalDate periodTo,
            String detail) {
        this.key = key;
        this.label = label;
        this.value = value;
        this.unit = unit;
        this.source = source;
        this.asOf = asOf;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public String getSource() {
        return source;
    }

    public OffsetDateTime getAsOf() {
        return asOf;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getDetail() {
        return detail;
    }
}
