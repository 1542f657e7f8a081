package vn.cchc.inspections;

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
        // Every rule holds strictly here: no violation is frozen (the store of this module is gone; issue 13).
        return ArchitectureRules.checkService("vn.cchc.inspections", EnumSet.noneOf(ServiceRule.class));
    }

    @TestFactory
    Stream<DynamicTest> access() {
        return ArchitectureRules.checkAccess("vn.cchc.inspections");
    }
}
