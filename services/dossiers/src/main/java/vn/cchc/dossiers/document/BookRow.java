package vn.cchc.dossiers.document;

import java.time.LocalDateTime;

/**
 * One line of the Sổ theo dõi hồ sơ (Mẫu 07).
 *
 * @param no     số thứ tự: the dossier's entry number in its book (0 or less prints blank)
 * @param volume quyển số: the book (the year of receipt) the entry belongs to (0: none)
 */
public record BookRow(
        int no,
        String dossierCode,
        String procedureName,
        String applicantName,
        String addressPhone,
        String decidingUnit,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime returnedAt,
        String returnMethod,
        int volume) {

    /** A line without a book volume (volume 0). */
    public BookRow(
            int no,
            String dossierCode,
            String procedureName,
            String applicantName,
            String addressPhone,
            String decidingUnit,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime returnedAt,
            String returnMethod) {
        this(
                no,
                dossierCode,
                procedureName,
                applicantName,
                addressPhone,
                decidingUnit,
                receivedAt,
                dueAt,
                returnedAt,
                returnMethod,
                0);
    }
}
