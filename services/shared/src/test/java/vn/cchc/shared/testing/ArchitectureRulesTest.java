package vn.cchc.shared.testing;

import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.shared.archfixture.alpha.domain.PanacheThing;
import vn.cchc.shared.archfixture.alpha.domain.RuleUsingService;
import vn.cchc.shared.archfixture.alpha.domain.RuleWithJaxRs;
import vn.cchc.shared.archfixture.alpha.domain.RuleWithJpa;
import vn.cchc.shared.archfixture.alpha.event.ConsumerUsingDomain;
import vn.cchc.shared.archfixture.alpha.event.EventsUsingRepository;
import vn.cchc.shared.archfixture.alpha.repository.RepositoryUsingService;
import vn.cchc.shared.archfixture.alpha.repository.ThingRepository;
import vn.cchc.shared.archfixture.alpha.rest.ResourceCheckingRoles;
import vn.cchc.shared.archfixture.alpha.rest.ResourceThrowingForbidden;
import vn.cchc.shared.archfixture.alpha.rest.ResourceUsingEvent;
import vn.cchc.shared.archfixture.alpha.rest.ResourceUsingJurisdiction;
import vn.cchc.shared.archfixture.alpha.rest.ResourceUsingRepository;
import vn.cchc.shared.archfixture.alpha.service.ServiceUsingBeta;
import vn.cchc.shared.archfixture.alpha.service.ServiceUsingRest;
import vn.cchc.shared.archfixture.alpha.service.ServiceWithEntityQuery;
import vn.cchc.shared.archfixture.alpha.service.ServiceWithJdbc;
import vn.cchc.shared.archfixture.alpha.service.ServiceWithNativeQuery;
import vn.cchc.shared.archfixture.alpha.service.ServiceWithPanacheQuery;
import vn.cchc.shared.archfixture.lib.ToolUsingAlpha;
import vn.cchc.shared.testing.ArchitectureRules.AccessRule;
import vn.cchc.shared.testing.ArchitectureRules.ServiceRule;

/**
 * Each architecture rule, run against the fixture service {@code vn.cchc.shared.archfixture.alpha} (one bad class per
 * way of breaking a rule, plus good classes that must pass), reports exactly the classes that break it.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "vn.cchc.shared.archfixture";
    private static final String ALPHA = FIXTURES + ".alpha";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    private static final Map<ServiceRule, Set<Class<?>>> BREAKERS = new EnumMap<>(Map.ofEntries(
            Map.entry(ServiceRule.REST_DOES_NOT_USE_REPOSITORY, Set.of(ResourceUsingRepository.class)),
            Map.entry(ServiceRule.SERVICE_DOES_NOT_USE_REST, Set.of(ServiceUsingRest.class)),
            Map.entry(ServiceRule.REPOSITORY_USES_ONLY_DOMAIN, Set.of(RepositoryUsingService.class)),
            Map.entry(ServiceRule.DOMAIN_USES_NO_OTHER_LAYER, Set.of(RuleUsingService.class)),
            Map.entry(ServiceRule.EVENT_CONSUMERS_GO_THROUGH_SERVICE, Set.of(ConsumerUsingDomain.class)),
            Map.entry(ServiceRule.EVENT_DOES_NOT_USE_REST_OR_REPOSITORY, Set.of(EventsUsingRepository.class)),
            Map.entry(ServiceRule.ONLY_SERVICE_AND_EVENT_USE_EVENT, Set.of(ResourceUsingEvent.class)),
            Map.entry(ServiceRule.DOMAIN_FREE_OF_FRAMEWORKS, Set.of(RuleWithJaxRs.class, PanacheThing.class)),
            Map.entry(ServiceRule.PERSISTENCE_TYPES_ONLY_ON_ENTITIES, Set.of(RuleWithJpa.class)),
            Map.entry(
                    ServiceRule.QUERIES_ONLY_IN_REPOSITORY,
                    Set.of(
                            ServiceWithPanacheQuery.class,
                            ServiceWithEntityQuery.class,
                            ServiceWithNativeQuery.class,
                            ServiceWithJdbc.class)),
            // alpha -> beta is inside vn.cchc.shared (a library) for this rule: see usesOnlyProjectCodeIn below
            Map.entry(ServiceRule.USES_ONLY_ITSELF_AND_LIBRARIES, Set.of())));

    @Test
    void everyServiceRuleHasFixtures() {
        assertEquals(Set.of(ServiceRule.values()), BREAKERS.keySet());
    }

    @Test
    void eachServiceRuleReportsExactlyTheClassesThatBreakIt() {
        for (ServiceRule r : ServiceRule.values()) {
            assertEquals(names(BREAKERS.get(r)), violators(r.of(ALPHA)), r.name());
        }
    }

    private static final Map<AccessRule, Set<Class<?>>> ACCESS_BREAKERS = new EnumMap<>(Map.of(
            AccessRule.REST_DOES_NOT_DECIDE_ACCESS,
                    Set.of(
                            ResourceUsingJurisdiction.class,
                            ResourceCheckingRoles.class,
                            ResourceThrowingForbidden.class),
            AccessRule.ACCESS_POLICY_IN_SECURITY, Set.of(vn.cchc.shared.archfixture.alpha.service.AccessPolicy.class)));

    @Test
    void everyAccessRuleHasFixtures() {
        assertEquals(Set.of(AccessRule.values()), ACCESS_BREAKERS.keySet());
    }

    @Test
    void eachAccessRuleReportsExactlyTheClassesThatBreakIt() {
        // the policy in alpha.security and the resource that only calls it (ResourceAskingPolicy) pass
        for (AccessRule r : AccessRule.values()) {
            assertEquals(names(ACCESS_BREAKERS.get(r)), violators(r.of(ALPHA)), r.name());
        }
    }

    @Test
    void aServiceUsingAnotherServiceIsReported() {
        // with vn.cchc as the project, alpha -> beta stays inside the library vn.cchc.shared; here beta is a service
        ArchRule rule = ArchitectureRules.usesOnlyProjectCodeIn(FIXTURES, ALPHA, List.of(ALPHA, FIXTURES + ".lib"));
        assertEquals(names(Set.of(ServiceUsingBeta.class)), violators(rule));
    }

    @Test
    void aLibraryUsingAServiceIsReported() {
        assertEquals(
                names(Set.of(ToolUsingAlpha.class)),
                violators(ArchitectureRules.sharedUsesNoOtherProjectCode(FIXTURES + ".lib")));
    }

    @Test
    void queriesAreAllowedInTheNamedPackagesOnly() {
        assertEquals(Set.of(), violators(ArchitectureRules.queriesOnlyIn(ALPHA, "repository", "service")));
        assertTrue(
                violators(ArchitectureRules.queriesOnlyIn(ALPHA, "service")).contains(ThingRepository.class.getName()));
    }

    @Test
    void aFrozenRuleAcceptsTheStoredViolationsAndFailsOnANewOne(@TempDir Path store) throws Exception {
        ArchRule rule = ArchitectureRules.queriesOnlyIn(ALPHA, "repository");
        JavaClasses known = CLASSES.that(name(ServiceWithNativeQuery.class.getName()));
        JavaClasses withNew =
                CLASSES.that(name(ServiceWithNativeQuery.class.getName()).or(name(ServiceWithJdbc.class.getName())));

        assertThrows(
                RuntimeException.class,
                () -> ArchitectureRules.frozen(rule, store.toString(), false).check(known),
                "no store: not created silently");
        ArchitectureRules.frozen(rule, store.toString(), true).check(known);
        try (var files = Files.list(store)) {
            assertFalse(files.toList().isEmpty());
        }

        assertDoesNotThrow(
                () -> ArchitectureRules.frozen(rule, store.toString(), false).check(known));
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> ArchitectureRules.frozen(rule, store.toString(), false).check(withNew));
        assertTrue(error.getMessage().contains(ServiceWithJdbc.class.getName()), error.getMessage());
        assertFalse(error.getMessage().contains(ServiceWithNativeQuery.class.getName()), error.getMessage());
    }

    /** The fixture classes the rule reports, each evaluated on its own so a report names its class. */
    private static Set<String> violators(ArchRule rule) {
        ArchRule lenient = rule.allowEmptyShould(true);
        return CLASSES.stream()
                .filter(c -> !c.isNestedClass())
                .filter(c -> lenient.evaluate(CLASSES.that(name(c.getName()))).hasViolation())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
