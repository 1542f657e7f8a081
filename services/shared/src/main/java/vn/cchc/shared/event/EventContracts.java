package vn.cchc.shared.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.contract.UnitEventV1;

/**
 * What may travel on each topic: the event types and the highest payload {@code schemaversion} this build can read.
 * A consumer checks every record against its topic's contract before applying it ({@code EventConsumer}): an unknown
 * type is skipped (logged, counted), a newer schema version is dead-lettered (it may be replayed once this build is
 * upgraded), and only a known type at a supported version reaches the read model.
 */
public final class EventContracts {

    /** The types of one topic and the schema versions 1..{@code maxSchemaVersion} a reader of this build accepts. */
    public record Contract(Set<String> types, int maxSchemaVersion) {
        public boolean knows(String type) {
            return types.contains(type);
        }

        public boolean supports(int schemaVersion) {
            return schemaVersion >= 1 && schemaVersion <= maxSchemaVersion;
        }
    }

    private static final Map<String, Contract> BY_TOPIC = Map.of(
            Topics.UNITS,
            new Contract(Set.of(UnitEventV1.CHANGED), UnitEventV1.SCHEMA_VERSION),
            Topics.PROCEDURES,
            new Contract(
                    Set.of(ProcedureEventV1.PUBLISHED, ProcedureEventV1.AMENDED, ProcedureEventV1.ABOLISHED),
                    ProcedureEventV1.SCHEMA_VERSION),
            Topics.POSTING,
            new Contract(Set.of(PostingComplianceEventV1.CHANGED), PostingComplianceEventV1.SCHEMA_VERSION),
            Topics.DOSSIERS,
            new Contract(
                    Set.of(
                            DossierEventV1.RECEIVED,
                            DossierEventV1.STATUS_CHANGED,
                            DossierEventV1.SUPPLEMENT_REQUESTED,
                            DossierEventV1.APOLOGY_ISSUED,
                            DossierEventV1.DUE_SOON,
                            DossierEventV1.OVERDUE,
                            DossierEventV1.RESOLVED,
                            DossierEventV1.RETURNED,
                            DossierEventV1.RATED,
                            DossierEventV1.ERASED),
                    DossierEventV1.SCHEMA_VERSION),
            Topics.INSPECTIONS,
            new Contract(
                    Set.of(
                            InspectionEventV1.CONCLUDED,
                            InspectionEventV1.REMEDIATION_OVERDUE,
                            InspectionEventV1.REMEDIATION_COMPLETED),
                    InspectionEventV1.SCHEMA_VERSION),
            Topics.PAR_INDEX,
            new Contract(
                    Set.of(
                            ParIndexEventV1.STATUS_CHANGED,
                            ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                            ParIndexEventV1.RESULT_PUBLISHED),
                    ParIndexEventV1.SCHEMA_VERSION),
            Topics.CALENDAR,
            new Contract(Set.of(CalendarEventV1.YEAR_CHANGED), CalendarEventV1.SCHEMA_VERSION),
            Topics.SERVICE_INDEX,
            new Contract(Set.of(ServiceIndex766EventV1.COMPUTED), ServiceIndex766EventV1.SCHEMA_VERSION));

    private EventContracts() {}

    /** The contract of a topic that carries domain events; empty for the dead-letter topic or an unknown name. */
    public static Optional<Contract> forTopic(String topic) {
        return Optional.ofNullable(BY_TOPIC.get(topic));
    }
}
