package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.cchc.shared.text.SearchText;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Thủ tục hành chính: one row per procedure code, with its current state and version. */
@Entity
@Table(name = "procedure")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String field;
    private String level;
    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "processing_time_unit")
    private TimeUnit processingTimeUnit;
    @Enumerated(EnumType.STRING)
    private ProcedureState state;
    private long version;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Procedure() {
    }

    public static Procedure draft(String code, String name, String field, String level, BigDecimal timeValue,
                                  TimeUnit timeUnit, String author, OffsetDateTime now) {
        Procedure p = new Procedure();
        p.code = code.trim();
        p.name = name.trim();
        p.field = field.trim();
        p.level = level;
        p.processingTimeValue = timeValue;
        p.processingTimeUnit = timeUnit;
        p.state = ProcedureState.DRAFT;
        p.version = 1;
        p.searchText = SearchText.fold(p.code + " " + p.name + " " + p.field);
        p.createdAt = now;
        p.createdBy = author;
        p.updatedAt = now;
        return p;
    }

    /**
     * Puts a draft in force under a publication decision.
     *
     * @throws IllegalStateException when the state does not allow it (the caller answers 409)
     */
    public void publish(OffsetDateTime now) {
        if (!state.canPublish()) {
            throw new IllegalStateException("procedure " + code + " is " + state + "; only a DRAFT can be published");
        }
        state = ProcedureState.IN_FORCE;
        version++;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public String getLevel() {
        return level;
    }

    public BigDecimal getProcessingTimeValue() {
        return processingTimeValue;
    }

    public TimeUnit getProcessingTimeUnit() {
        return processingTimeUnit;
    }

    public ProcedureState getState() {
        return state;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
