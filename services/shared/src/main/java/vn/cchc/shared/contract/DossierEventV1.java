package vn.cchc.shared.contract;

import java.time.OffsetDateTime;

/**
 * Payload (schema version 1) of the dossier events on {@code cchc.dossiers.v1}, keyed by dossier code.
 * One shape for every type; {@code type} in the envelope says what happened. Consumers (inspections'
 * evidence, par-index's automatic criteria) keep per-dossier facts and apply each event once (inbox);
 * {@code version} (the dossier's optimistic-lock version) orders events of one dossier.
 * No personal data: the applicant is not in the event.
 */
public record DossierEventV1(
        String code,
        long version,
        String status,
        int statusCode,
        String procedureCode,
        String field,
        String receivingUnitCode,
        String receivingUnitPath,
        String decidingUnitCode,
        String decidingUnitPath,
        /** DIRECT, ONLINE or POSTAL (Cổng DVCQG channels 1, 3, 2). */
        String channel,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        OffsetDateTime extendedDueAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime returnedAt,
        /** EARLY, ON_TIME or LATE once resolved; null before. */
        String classification,
        boolean hasApology,
        /** The apology was issued at least one working day before the original due date. */
        Boolean apologyTimely,
        boolean overdue,
        /** The components are digitised, as declared at receipt (docs/domain/qd766.md §3). */
        boolean digitised,
        /** The result is issued electronically, as declared at resolution or by an electronic return (qd766.md §3). */
        boolean eResult,
        /** Rated with at least one "dissatisfied" answer (DossierRated only). */
        Boolean dissatisfied,
        OffsetDateTime occurredAt) {

    public static final String RECEIVED = "DossierReceived";
    public static final String STATUS_CHANGED = "DossierStatusChanged";
    public static final String SUPPLEMENT_REQUESTED = "DossierSupplementRequested";
    public static final String APOLOGY_ISSUED = "DossierApologyIssued";
    public static final String DUE_SOON = "DossierDueSoon";
    public static final String OVERDUE = "DossierOverdue";
    public static final String RESOLVED = "DossierResolved";
    public static final String RETURNED = "DossierReturned";
    public static final String RATED = "DossierRated";
    /**
     * A dossier received in error was erased (docs/domain/dossier-erasure.md): the payload is the dossier as it was,
     * with {@code version} = its last version + 1, so that a consumer takes back every count it made for it and keeps
     * a tombstone (an older event of the code arriving later, or replayed in a rebuild, never counts it again).
     */
    public static final String ERASED = "DossierErased";

    public static final int SCHEMA_VERSION = 1;
}
