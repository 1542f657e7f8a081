package vn.cchc.inspections.rest;

import java.time.LocalDate;

public record ContentGroupView(String code, String nameVi, String nameEn, int sortOrder, LocalDate validFrom,
                               LocalDate validTo) {
}
