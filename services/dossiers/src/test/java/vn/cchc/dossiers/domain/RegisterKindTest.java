package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Form identifiers and numbers as TT 03/2025 Phụ lục I prints them (docs/domain/forms.md §1, §2). */
class RegisterKindTest {

    @Test
    void eachFormHasItsTt03Identifier() {
        assertEquals("Mẫu số 01", RegisterKind.RECEIPT.formId());
        assertEquals("Mẫu số 02", RegisterKind.SUPPLEMENT.formId());
        assertEquals("Mẫu số 03", RegisterKind.REFUSAL.formId());
        assertEquals("Mẫu số 04", RegisterKind.APOLOGY.formId());
        assertEquals("Mẫu số 05", RegisterKind.STOP.formId());
        assertEquals("Mẫu số 07", RegisterKind.BOOK.formId());
    }

    @Test
    void numbersPrintWithTheirSeries() {
        assertEquals("12/PXL", RegisterKind.APOLOGY.format(12));
        assertEquals("1/TNHS", new RegisterNumber("H99.X01.MC", RegisterKind.RECEIPT, 2026, 1).text());
        assertEquals("3/PBS", RegisterKind.SUPPLEMENT.format(3));
        assertEquals("3/PTC", RegisterKind.REFUSAL.format(3));
        assertEquals("3/TBD", RegisterKind.STOP.format(3));
        assertThrows(IllegalArgumentException.class, () -> RegisterKind.APOLOGY.format(0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new DossierNotice(
                        1L, new RegisterNumber("U", RegisterKind.APOLOGY, 2026, 1), null, "x", null, "u"),
                "Mẫu 04 is not a notice");
    }
}
