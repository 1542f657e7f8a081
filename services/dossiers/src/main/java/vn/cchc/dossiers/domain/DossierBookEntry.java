package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dossier's line in the Sổ theo dõi hồ sơ (Mẫu 07) of its receiving point, written at receipt with the number of its
 * Giấy tiếp nhận (Mẫu 01): volume (quyển số) = the year of receipt, entry (số thứ tự) from the point's STHS register,
 * receipt number from its TNHS register (docs/domain/forms.md §3).
 */
@Entity
@Table(name = "dossier_book_entry")
public class DossierBookEntry {

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "unit_code")
    private String unitCode;

    private int volume;
    private int entry;

    @Column(name = "receipt_no")
    private int receiptNo;

    protected DossierBookEntry() {}

    public DossierBookEntry(Long dossierId, RegisterNumber entry, RegisterNumber receipt) {
        if (entry.kind() != RegisterKind.BOOK
                || receipt.kind() != RegisterKind.RECEIPT
                || !entry.unitCode().equals(receipt.unitCode())
                || entry.year() != receipt.year()) {
            throw new IllegalArgumentException("a book entry and a receipt number of the same unit and year");
        }
        this.dossierId = dossierId;
        this.unitCode = entry.unitCode();
        this.volume = entry.year();
        this.entry = entry.number();
        this.receiptNo = receipt.number();
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getUnitCode() {
        return unitCode;
    }
    /** Quyển số: the year of the book. */
    public int getVolume() {
        return volume;
    }
    /** Số thứ tự in that book. */
    public int getEntry() {
        return entry;
    }
    /** "37/TNHS": the number of the Giấy tiếp nhận (Mẫu 01). */
    public String receiptNumber() {
        return RegisterKind.RECEIPT.format(receiptNo);
    }
}
