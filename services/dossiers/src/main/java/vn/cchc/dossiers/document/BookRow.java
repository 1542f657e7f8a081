package vn.cchc.dossiers.document;

import java.time.LocalDateTime;

/** One line of the Sổ theo dõi hồ sơ (Mẫu 07). */
public record BookRow(int no, String dossierCode, String procedureName, String applicantName, String addressPhone,
        String decidingUnit, LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime returnedAt,
        String returnMethod) {
}
