package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One check of a content group (nội dung kiểm tra cụ thể), as data; retired with {@code validTo}. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_code")
    private String groupCode;

    private String code;

    @Column(name = "text_vi")
    private String textVi;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ChecklistItem() {}

    public ChecklistItem(String groupCode, String code) {
        this.groupCode = groupCode;
        this.code = code;
    }

    public void update(String textVi, int sortOrder, LocalDate validFrom, LocalDate validTo) {
        this.textVi = textVi;
        this.sortOrder = sortOrder;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getCode() {
        return code;
    }

    public String getTextVi() {
        return textVi;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
