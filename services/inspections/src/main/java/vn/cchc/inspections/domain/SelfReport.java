package vn.cchc.inspections.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Báo cáo tự kiểm tra of the inspected unit, against the plan's checklist, submitted before the visit. */
@Entity
@Table(name = "self_report")
public class SelfReport {

    /** DONE (đã thực hiện), PARTIAL (thực hiện một phần), NOT_DONE (chưa thực hiện), NOT_APPLICABLE. */
    public enum Answer {
        DONE,
        PARTIAL,
        NOT_DONE,
        NOT_APPLICABLE
    }

    @Embeddable
    public static class Item {
        @Column(name = "checklist_item_id")
        public long checklistItemId;

        @Column(name = "status")
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        public Answer status;

        @Column(name = "note")
        public String note;

        protected Item() {}

        public Item(long checklistItemId, Answer status, String note) {
            this.checklistItemId = checklistItemId;
            this.status = status;
            this.note = note;
        }
    }

    @Id
    @Column(name = "inspection_id")
    private UUID inspectionId;

    private String summary;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_report_item", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<Item> items = new ArrayList<>();

    protected SelfReport() {}

    public SelfReport(UUID inspectionId) {
        this.inspectionId = inspectionId;
    }

    public void submit(String summary, List<Item> items, String by, OffsetDateTime at) {
        this.summary = summary;
        this.items.clear();
        this.items.addAll(items);
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public String getSummary() {
        return summary;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<Item> getItems() {
        return items;
    }
}
