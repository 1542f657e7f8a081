package vn.cchc.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.ArchitectureRules;

/**
 * The shared library is infrastructure: it uses no service and no other library of the project but the framework-free
 * token cache, and its own queries (the outbox, inbox and unit copy tables; the jobs' advisory locks) stay in the
 * packages that own them. Plain unit test.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.cchc.shared";
    private static final JavaClasses CLASSES = ArchitectureRules.mainClassesOf(ROOT);

    @Test
    void usesNoOtherCodeOfTheProject() {
        ArchitectureRules.sharedUsesNoOtherProjectCode(ROOT).check(CLASSES);
    }

    @Test
    void queriesOnlyInTheirTablesPackages() {
        ArchitectureRules.queriesOnlyIn(ROOT, "outbox", "inbox", "units", "jobs", "idempotency")
                .check(CLASSES);
    }
}
