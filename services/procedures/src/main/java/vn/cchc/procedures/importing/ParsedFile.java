package vn.cchc.procedures.importing;

import vn.cchc.procedures.domain.ImportJob.RowError;

import java.util.List;

/** Rows read from a file, and the problems met while reading them (a bad row still counts). */
public record ParsedFile(List<ImportRow> rows, List<RowError> errors, int rowCount) {
}
