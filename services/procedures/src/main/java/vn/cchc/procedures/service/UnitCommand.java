package vn.cchc.procedures.service;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.procedures.domain.UnitKind;

/** The data of a unit to create or update. */
public record UnitCommand(
        String code,
        String name,
        UnitKind kind,
        String level,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode,
        boolean receivesDossiers,
        List<String> fields) {}
