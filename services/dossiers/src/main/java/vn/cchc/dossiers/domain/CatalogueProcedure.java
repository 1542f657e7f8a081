package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.cchc.shared.text.SearchText;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A procedure as the dossiers service knows it: a read model of the catalogue's events. */
@Entity
@Table(name = "catalogue_procedure")
public class CatalogueProcedure {

    @Id
    private String code;
    private String name;
    private String field;
    private String level;
    private String state;
    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;
    @Column(name = "processing_time_unit")
    private String processingTimeUnit;
    private long version;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "source_event_id")
    private String sourceEventId;
    @Column(name = "source_event_time")
    private OffsetDateTime sourceEventTime;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected CatalogueProcedure() {
    }

    public CatalogueProcedure(String code) {
        this.code = code;
    }

    /**
     * Applies a state of the procedure unless a newer version is already here: events may come
     * late or twice, and the highest version wins.
     *
     * @return true when the copy changed
     */
    public boolean apply(long incomingVersion, String name, String field, String level, String state,
                         BigDecimal timeValue, String timeUnit, String eventId, OffsetDateTime eventTime,
                         OffsetDateTime now) {
        if (sourceEventId != null && incomingVersion <= version) {
            return false;
        }
        this.version = incomingVersion;
        this.name = name;
        this.field = field;
        this.level = level;
        this.state = state;
        this.processingTimeValue = timeValue;
        this.processingTimeUnit = timeUnit;
        this.searchText = SearchText.fold(code + " " + name + " " + field);
        this.sourceEventId = eventId;
        this.sourceEventTime = eventTime;
        this.updatedAt = now;
        return true;
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

    public String getState() {
        return state;
    }

    public BigDecimal getProcessingTimeValue() {
        return processingTimeValue;
    }

    public String getProcessingTimeUnit() {
        return processingTimeUnit;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getSourceEventTime() {
        return sourceEventTime;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
