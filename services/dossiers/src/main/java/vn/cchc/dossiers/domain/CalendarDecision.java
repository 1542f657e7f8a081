package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An official calendar decision for a province ('VN' = national): a day off moved, a Saturday worked. */
@Entity
@Table(name = "calendar_entry")
public class CalendarDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_code")
    private String provinceCode;

    private LocalDate day;
    private String kind;
    private String note;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected CalendarDecision() {}

    public CalendarDecision(
            String provinceCode, LocalDate day, String kind, String note, OffsetDateTime createdAt, String createdBy) {
        this.provinceCode = provinceCode;
        this.day = day;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
