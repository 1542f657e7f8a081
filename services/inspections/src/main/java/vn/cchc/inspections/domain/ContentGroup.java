package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Nhóm nội dung kiểm tra: a content group an inspection plan can cover; valid between two dates. */
@Entity
@Table(name = "content_group")
public class ContentGroup {

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected ContentGroup() {}

    public ContentGroup(String code) {
        this.code = code;
    }

    public void update(String nameVi, String nameEn, int sortOrder, LocalDate validFrom, LocalDate validTo) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether the group applies on a date (valid_to inclusive). */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
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
