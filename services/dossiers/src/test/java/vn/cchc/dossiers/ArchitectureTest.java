package vn.cchc.dossiers;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.cchc.shared.testing.ArchitectureRules;
import vn.cchc.shared.testing.ArchitectureRules.ServiceRule;

import java.util.EnumSet;
import java.util.stream.Stream;

/**
 * The architecture rules of the services (shared test-jar {@link ArchitectureRules}) on this service's main classes.
 * Plain unit test: no Quarkus, no database.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> rules() {
        // Rules today's code still breaks: the violations known when the rules came in are listed in
        // src/test/resources/archunit_store and accepted; any new one fails. Fix them and let the store shrink.
        // Left: resources reading the unit copy (UnitCopyRepository), which the shared unit read model replaces.
        return ArchitectureRules.checkService("vn.cchc.dossiers", EnumSet.of(
                ServiceRule.REST_DOES_NOT_USE_REPOSITORY));
    }

    @TestFactory
    Stream<DynamicTest> access() {
        return ArchitectureRules.checkAccess("vn.cchc.dossiers");
    }
}
