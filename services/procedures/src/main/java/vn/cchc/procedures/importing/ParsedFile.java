package vn.cchc.procedures.importing;

import java.util.List;
import vn.cchc.procedures.domain.ImportJob.RowError;

/** Rows read from a file, and the problems met while reading them (a bad row still counts). */
public record ParsedFile(List<ImportRow> rows, RowErrors problems, int rowCount) {

    /** The kept problems (the first 1,000), by row. */
    public List<RowError> errors() {
        return problems.list();
    }
}
