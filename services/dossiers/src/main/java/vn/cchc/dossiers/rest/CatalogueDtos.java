package vn.cchc.dossiers.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    public record ProcessingTimeDto(BigDecimal value, String unit) {
    }

    /** A procedure of the local catalogue copy, as dossier intake sees it. */
    public record CatalogueProcedureView(String code, String name, String field, String level, String state,
                                         long version, ProcessingTimeDto processingTime,
                                         OffsetDateTime sourceEventTime, OffsetDateTime updatedAt) {
    }
}
