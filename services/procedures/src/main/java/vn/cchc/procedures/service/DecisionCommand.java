package vn.cchc.procedures.service;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.procedures.domain.DecisionAction;

/** A Quyết định công bố to record, with what it does to each procedure. */
public record DecisionCommand(
        String number,
        String title,
        String issuerCode,
        LocalDate decisionDate,
        LocalDate effectiveDate,
        List<Item> items) {

    public record Item(String procedureCode, DecisionAction action, String replacedBy) {}
}
