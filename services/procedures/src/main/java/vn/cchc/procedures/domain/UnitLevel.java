package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Cấp hành chính as data (tỉnh, huyện until 30/6/2025, xã), so the two-tier reform is a row, not code. */
@Entity
@Table(name = "unit_level")
public class UnitLevel {

    @Id
    private String code;

    private String name;
    private int rank;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected UnitLevel() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
