package vn.cchc.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.contract.UnitEventV1;

class EventContractsTest {

    static final Map<Class<?>, String> TOPIC_OF = Map.of(
            UnitEventV1.class, Topics.UNITS,
            ProcedureEventV1.class, Topics.PROCEDURES,
            PostingComplianceEventV1.class, Topics.POSTING,
            DossierEventV1.class, Topics.DOSSIERS,
            InspectionEventV1.class, Topics.INSPECTIONS,
            ParIndexEventV1.class, Topics.PAR_INDEX,
            CalendarEventV1.class, Topics.CALENDAR,
            ServiceIndex766EventV1.class, Topics.SERVICE_INDEX);

    /** The type names a contract record declares: its String constants written like event types (PascalCase). */
    static Set<String> declaredTypes(Class<?> contract) throws IllegalAccessException {
        Set<String> types = new TreeSet<>();
        for (Field f : contract.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String value = (String) f.get(null);
                if (value.matches("[A-Z][a-z]+[A-Za-z0-9]*[a-z][A-Za-z0-9]*")) {
                    types.add(value);
                }
            }
        }
        return types;
    }

    @Test
    void everyTypeAContractDeclaresIsInItsTopicsContractAndNothingElse() throws Exception {
        for (var entry : TOPIC_OF.entrySet()) {
            var contract = EventContracts.forTopic(entry.getValue()).orElseThrow();
            assertEquals(declaredTypes(entry.getKey()), new TreeSet<>(contract.types()), entry.getValue());
            assertEquals(
                    entry.getKey().getField("SCHEMA_VERSION").getInt(null),
                    contract.maxSchemaVersion(),
                    entry.getValue());
        }
    }

    @Test
    void everyTopicButTheDeadLetterTopicHasAContract() {
        for (Topics.Spec spec : Topics.ALL) {
            assertEquals(
                    !spec.name().equals(Topics.DEAD_LETTER),
                    EventContracts.forTopic(spec.name()).isPresent(),
                    spec.name());
        }
    }

    @Test
    void aContractKnowsItsTypesAndSupportsVersionsUpToItsOwn() {
        var dossiers = EventContracts.forTopic(Topics.DOSSIERS).orElseThrow();
        assertTrue(dossiers.knows("DossierReceived"));
        assertFalse(dossiers.knows("DossierTeleported"));
        assertTrue(dossiers.supports(1));
        assertFalse(dossiers.supports(99));
        assertFalse(dossiers.supports(0));
    }
}
