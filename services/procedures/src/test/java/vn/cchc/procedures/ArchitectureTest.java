package vn.cchc.procedures;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.cchc.shared.testing.ArchitectureRules;
import vn.cchc.shared.testing.ArchitectureRules.ServiceRule;

/**
 * The architecture rules of the services (shared test-jar {@link ArchitectureRules}) on this service's main classes.
 * Plain unit test: no Quarkus, no database.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        // No known violation left: every rule holds strictly (no archunit_store).
        return ArchitectureRules.checkService("vn.cchc.procedures", EnumSet.noneOf(ServiceRule.class));
    }

    @TestFactory
    Stream<DynamicTest> access() {
        return ArchitectureRules.checkAccess("vn.cchc.procedures");
    }
}
