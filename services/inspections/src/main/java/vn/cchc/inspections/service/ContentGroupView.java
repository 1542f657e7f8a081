package vn.cchc.inspections.service;

import java.time.LocalDate;
import java.util.List;

public record ContentGroupView(
        String code,
        String nameVi,
        String nameEn,
        int sortOrder,
        LocalDate validFrom,
        LocalDate validTo,
        List<InspectionDtos.ChecklistItemView> items) {}
