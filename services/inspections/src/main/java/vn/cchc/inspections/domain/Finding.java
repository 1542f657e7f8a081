package vn.cchc.inspections.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ưu điểm (STRENGTH) or tồn tại, hạn chế (WEAKNESS) of a content group / checklist item, with figures. */
@Entity
@Table(name = "finding")
public class Finding {

    public enum Kind {
        STRENGTH,
        WEAKNESS
    }

    @Id
    private UUID id;

    @Column(name = "inspection_id")
    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "checklist_item_id")
    private Long checklistItemId;

    private String text;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "finding_id", nullable = false)
    @OrderBy("id")
    private List<FindingFigure> figures = new ArrayList<>();

    protected Finding() {}

    public Finding(UUID inspectionId, String createdBy, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.inspectionId = inspectionId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void update(Kind kind, String groupCode, Long checklistItemId, String text, OffsetDateTime now) {
        this.kind = kind;
        this.groupCode = groupCode;
        this.checklistItemId = checklistItemId;
        this.text = text;
        this.updatedAt = now;
    }

    public void addFigure(FindingFigure figure, OffsetDateTime now) {
        figures.add(figure);
        updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public Long getChecklistItemId() {
        return checklistItemId;
    }

    public String getText() {
        return text;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<FindingFigure> getFigures() {
        return figures;
    }
}
