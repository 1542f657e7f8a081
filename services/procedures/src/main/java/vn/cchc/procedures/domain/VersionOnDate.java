package vn.cchc.procedures.domain;

/** A version picked for a procedure on a date, with the state the procedure had then. */
public record VersionOnDate(ProcedureVersion version, ProcedureState state) {}
