package vn.cchc.dossiers.domain;

import java.util.Objects;

/**
 * A number taken from a register: the {@code number}-th document of {@code kind} issued by {@code unitCode} in
 * {@code year} (docs/domain/forms.md §2).
 */
public record RegisterNumber(String unitCode, RegisterKind kind, int year, int number) {

    public RegisterNumber {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("register numbers start at 1: " + number);
        }
    }

    /** As printed after "Số:", e.g. "12/PXL". */
    public String text() {
        return kind.format(number);
    }
}
