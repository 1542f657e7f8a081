package vn.cchc.procedures.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.procedures.domain.UnitKind;

/** Bodies of the units API. */
public final class UnitDtos {

    private UnitDtos() {}

    public record UnitInput(
            @Size(max = 60) String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull UnitKind kind,
            @NotBlank @Size(max = 30) String level,
            @Size(max = 60) String parentCode,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 60) String successorCode,
            boolean receivesDossiers,
            List<@NotBlank @Size(max = 300) String> fields) {}

    public record UnitView(
            String code,
            String name,
            UnitKind kind,
            String level,
            String parentCode,
            String path,
            LocalDate validFrom,
            LocalDate validTo,
            String successorCode,
            boolean receivesDossiers,
            List<String> fields,
            long version) {}

    public record LevelView(String code, String name, int rank, LocalDate validFrom, LocalDate validTo) {}

    public record MergeRequest(
            @NotBlank @Size(max = 60) String successorCode,
            @NotNull LocalDate lastDay) {}

    public record ImportResult(int created, int updated) {}
}
