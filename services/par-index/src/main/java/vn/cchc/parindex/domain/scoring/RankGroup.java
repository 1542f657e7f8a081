package vn.cchc.parindex.domain.scoring;

import java.math.BigDecimal;

/** Ranking groups as published for PAR 2024 (docs/domain/par-index.md §6.1): A ≥ 90 %, B 80 – < 90 %, C < 80 %. */
public enum RankGroup {
    A("≥ 90 %"),
    B("80 – < 90 %"),
    C("< 80 %");

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private final String label;

    RankGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RankGroup of(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        return percent.compareTo(NINETY) >= 0 ? A : percent.compareTo(EIGHTY) >= 0 ? B : C;
    }
}
