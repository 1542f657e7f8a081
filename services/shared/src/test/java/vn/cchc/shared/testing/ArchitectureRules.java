package vn.cchc.shared.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import com.tngtech.archunit.library.freeze.ViolationStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The architecture rules of the services, defined once (issue 13 point 4). Each module has one small test class that
 * applies them to its own root package ({@code vn.cchc.dossiers}, ...); {@code ArchitectureRulesTest} in the shared
 * library runs every rule against deliberately bad classes ({@code vn.cchc.shared.archfixture}) and asserts that it
 * reports them, so a rule that silently stops checking anything fails there.
 *
 * <p>Packages inside a service ({@code <root>.rest}, {@code .service}, {@code .repository}, {@code .domain},
 * {@code .event}; {@code mapping}, {@code document}, {@code importing}, {@code notify}, {@code storage} are helpers
 * and free within their module):
 * <ul>
 *   <li>layers: {@code rest} → {@code service} → {@code repository}/{@code domain}. {@code rest} does not use
 *       {@code repository}; {@code service} does not use {@code rest}; {@code repository} uses only {@code domain};
 *       {@code domain} uses no other layer of its module.</li>
 *   <li>events, as the code does them: {@code event} holds consumers (classes with an {@code @Incoming} method) and
 *       event builders (called by {@code service} inside its transaction). A consumer hands the record to
 *       {@code service} and uses nothing else of its module; no {@code event} class uses {@code rest} or
 *       {@code repository}; only {@code service} and {@code event} use {@code event}.</li>
 *   <li>{@code domain} holds no JAX-RS, Quarkus, SmallRye, Vert.x, MicroProfile or CDI types; JPA/Hibernate types
 *       only on the persistent classes themselves ({@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}).</li>
 *   <li>queries (JPQL, SQL, Criteria, Panache query strings, JDBC statements) only in {@code repository}.</li>
 *   <li>a service uses no other service's code, only its own and the libraries ({@link #LIBRARIES}); the shared
 *       library uses no other code of the project but the token-cache library ({@link #TOKEN_CACHE}).</li>
 *   <li>access ({@link AccessRule}, run by {@link #checkAccess(String)}): the policy is {@code security.AccessPolicy};
 *       {@code rest} uses no {@code Jurisdiction}, asks no role and throws no 403 itself.</li>
 * </ul>
 *
 * <p>Where today's code breaks a rule, the module's test wraps it in {@link #frozen(ArchRule)}: the violations known
 * when the rule was introduced are listed in {@code src/test/resources/archunit_store} of that module, any new
 * violation fails, and a fixed one drops out of the store on the next run (commit the changed store).
 */
public final class ArchitectureRules {

    /** Root package of all project code. */
    public static final String PROJECT = "vn.cchc";

    /** Library packages every service may use (infrastructure; the working calendar; the dossier indicators). */
    public static final List<String> LIBRARIES = List.of("vn.cchc.shared", "vn.cchc.calendar", "vn.cchc.indicators");

    /** Where a module keeps the violations its frozen rules accept, relative to the module (surefire's directory). */
    public static final String STORE = "src/test/resources/archunit_store";

    /** Set to {@code true} once, to create a module's store the first time a rule is frozen there. */
    public static final String CREATE_STORE = "archunit.freeze.store.default.allowStoreCreation";

    private static final Set<String> FRAMEWORKS_NOT_IN_DOMAIN = Set.of(
            "jakarta.ws.rs..",
            "io.quarkus..",
            "io.smallrye..",
            "io.vertx..",
            "org.eclipse.microprofile..",
            "jakarta.enterprise..",
            "jakarta.inject..");

    private static final String INCOMING = "org.eclipse.microprofile.reactive.messaging.Incoming";

    private ArchitectureRules() {}

    /** The main (non-test) classes under {@code root}, as found on the test class path. */
    public static JavaClasses mainClassesOf(String root) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /** Every rule a domain service ({@code procedures}, {@code dossiers}, {@code inspections}, {@code par-index}) keeps. */
    public enum ServiceRule {
        REST_DOES_NOT_USE_REPOSITORY(ArchitectureRules::restDoesNotUseRepository),
        SERVICE_DOES_NOT_USE_REST(ArchitectureRules::serviceDoesNotUseRest),
        REPOSITORY_USES_ONLY_DOMAIN(ArchitectureRules::repositoryUsesOnlyDomain),
        DOMAIN_USES_NO_OTHER_LAYER(ArchitectureRules::domainUsesNoOtherLayer),
        EVENT_CONSUMERS_GO_THROUGH_SERVICE(ArchitectureRules::eventConsumersGoThroughService),
        EVENT_DOES_NOT_USE_REST_OR_REPOSITORY(ArchitectureRules::eventDoesNotUseRestOrRepository),
        ONLY_SERVICE_AND_EVENT_USE_EVENT(ArchitectureRules::onlyServiceAndEventUseEvent),
        DOMAIN_FREE_OF_FRAMEWORKS(ArchitectureRules::domainFreeOfFrameworks),
        PERSISTENCE_TYPES_ONLY_ON_ENTITIES(ArchitectureRules::persistenceTypesOnlyOnEntities),
        QUERIES_ONLY_IN_REPOSITORY(root -> queriesOnlyIn(root, "repository")),
        USES_ONLY_ITSELF_AND_LIBRARIES(ArchitectureRules::usesOnlyItselfAndLibraries);

        private final Function<String, ArchRule> rule;

        ServiceRule(Function<String, ArchRule> rule) {
            this.rule = rule;
        }

        public ArchRule of(String root) {
            return rule.apply(root);
        }
    }

    /**
     * One test per {@link ServiceRule} for the service under {@code root}; the rules in {@code frozen} accept the
     * violations listed in the module's {@link #STORE} (see {@link #frozen(ArchRule)}), every other rule holds
     * strictly.
     */
    public static Stream<DynamicTest> checkService(String root, Set<ServiceRule> frozen) {
        JavaClasses classes = mainClassesOf(root);
        return Arrays.stream(ServiceRule.values()).map(r -> {
            boolean isFrozen = frozen.contains(r);
            ArchRule rule = isFrozen ? frozen(r.of(root)) : r.of(root);
            return DynamicTest.dynamicTest(
                    r + (isFrozen ? " (known violations frozen)" : ""), () -> rule.check(classes));
        });
    }

    /**
     * The access rules of a service (issue 13): one policy class per service, {@code <root>.security.AccessPolicy},
     * decides who may do what where; resources only call it (through a use case or directly) and keep
     * {@code @RolesAllowed}/{@code @Authenticated} as the coarse gate. Applied by each service's
     * {@code ArchitectureTest} through {@link #checkAccess(String)}.
     */
    public enum AccessRule {
        REST_DOES_NOT_DECIDE_ACCESS(ArchitectureRules::restDoesNotDecideAccess),
        ACCESS_POLICY_IN_SECURITY(ArchitectureRules::accessPolicyInSecurity);

        private final Function<String, ArchRule> rule;

        AccessRule(Function<String, ArchRule> rule) {
            this.rule = rule;
        }

        public ArchRule of(String root) {
            return rule.apply(root);
        }
    }

    /** One test per {@link AccessRule} for the service under {@code root}; none is frozen. */
    public static Stream<DynamicTest> checkAccess(String root) {
        JavaClasses classes = mainClassesOf(root);
        return Arrays.stream(AccessRule.values())
                .map(r -> DynamicTest.dynamicTest(r.toString(), () -> r.of(root).check(classes)));
    }

    // ---- 1. layers ----

    public static ArchRule restDoesNotUseRepository(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "rest"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer(root, "repository"))
                .as("rest of " + root + " does not use its repository")
                .because("resources call a service, which owns the queries and the transaction");
    }

    public static ArchRule serviceDoesNotUseRest(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "service"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer(root, "rest"))
                .as("service of " + root + " does not use its rest")
                .because("rest -> service -> repository/domain: the use cases do not know the HTTP layer");
    }

    public static ArchRule repositoryUsesOnlyDomain(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "repository"))
                .should()
                .dependOnClassesThat(ownCodeOutside(root, "repository", "domain"))
                .as("repository of " + root + " uses only its domain")
                .because("rest -> service -> repository/domain");
    }

    public static ArchRule domainUsesNoOtherLayer(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "domain"))
                .should()
                .dependOnClassesThat(ownCodeOutside(root, "domain"))
                .as("domain of " + root + " uses no other package of its module")
                .because("the entities and rules sit below every layer");
    }

    public static ArchRule eventConsumersGoThroughService(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "event"))
                .and(haveAnIncomingMethod())
                .should()
                .dependOnClassesThat(ownCodeOutside(root, "service", "event"))
                .as("event consumers of " + root + " use only its service")
                .because("a consumer hands the record to a use case, which applies it in its transaction")
                .allowEmptyShould(true);
    }

    public static ArchRule eventDoesNotUseRestOrRepository(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "event"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(layer(root, "rest"), layer(root, "repository"))
                .as("event of " + root + " uses neither its rest nor its repository")
                .because("events are built from the domain by a use case and consumed through one");
    }

    public static ArchRule onlyServiceAndEventUseEvent(String root) {
        return noClasses()
                .that(ownCodeOutside(root, "service", "event"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(layer(root, "event"))
                .as("only service and event of " + root + " use its event")
                .because("events are written to the outbox in a use case's transaction");
    }

    // ---- 2. domain free of frameworks ----

    public static ArchRule domainFreeOfFrameworks(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS_NOT_IN_DOMAIN.toArray(String[]::new))
                .as("domain of " + root + " uses no JAX-RS, Quarkus, SmallRye, Vert.x, MicroProfile or CDI type")
                .because("no framework types in rules where possible (house style)");
    }

    public static ArchRule persistenceTypesOnlyOnEntities(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "domain"))
                .and(not(persistent()))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .as("domain of " + root
                        + " uses JPA/Hibernate types only in @Entity/@Embeddable/@MappedSuperclass classes")
                .because("mapping annotations on entities are accepted; rules stay free of the ORM");
    }

    // ---- 3. queries only in repository ----

    /**
     * No class under {@code root} outside the given subpackages (for a service: {@code repository}) runs a query:
     * {@code EntityManager}/Hibernate session {@code create…Query}, Panache {@code find/list/stream/count/delete/
     * update/exists(String query, …)} on a repository or entity, JDBC {@code Connection.prepareStatement/
     * createStatement/prepareCall}.
     */
    public static ArchRule queriesOnlyIn(String root, String... subpackages) {
        String[] allowed = Arrays.stream(subpackages).map(p -> layer(root, p)).toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(allowed)
                .should()
                .callMethodWhere(runsAQuery())
                .as("queries of " + root + " only in " + String.join(", ", allowed))
                .because("SQL only in repository (docs/architecture.md): one place per query");
    }

    // ---- 5. access decided by the policy ----

    /** The shared rules of jurisdiction by unit path: only a policy (or a use case) applies them, never a resource. */
    static final String JURISDICTION = "vn.cchc.shared.security.Jurisdiction";

    /**
     * No {@code rest} class decides access itself: it uses no {@code Jurisdiction} (unit and province comparisons),
     * asks no role of the caller ({@code Caller.roles/hasRole/hasAnyRole/isIntegration}, {@code SecurityIdentity.
     * hasRole}, {@code SecurityContext.isUserInRole}) and throws no 403 of its own ({@code ProblemException.forbidden}).
     */
    public static ArchRule restDoesNotDecideAccess(String root) {
        return noClasses()
                .that()
                .resideInAPackage(layer(root, "rest"))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(JURISDICTION)
                .orShould()
                .callMethodWhere(decidesAccess())
                .as("rest of " + root + " does not decide access")
                .because("one policy class per service (security.AccessPolicy) decides who may do what where; "
                        + "@RolesAllowed stays the coarse gate (docs/security.md)");
    }

    /** The access policy of a service is the class {@code AccessPolicy} in its {@code security} package. */
    public static ArchRule accessPolicyInSecurity(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveSimpleName("AccessPolicy")
                .should()
                .resideInAPackage(layer(root, "security"))
                .as("the AccessPolicy of " + root + " lives in " + root + ".security")
                .because("the same shape in every service: access rules in security, resources only call them");
    }

    private static final Set<String> CALLER_ROLE_QUESTIONS = Set.of("roles", "hasRole", "hasAnyRole", "isIntegration");

    /** A call that takes an access decision: see {@link #restDoesNotDecideAccess(String)}. */
    static DescribedPredicate<JavaMethodCall> decidesAccess() {
        return DescribedPredicate.describe("decides access (caller's roles, Jurisdiction, a 403 of its own)", call -> {
            JavaClass owner = call.getTarget().getOwner();
            String name = call.getTarget().getName();
            return owner.isAssignableTo("vn.cchc.shared.problem.ProblemException") && name.equals("forbidden")
                    || owner.isAssignableTo("vn.cchc.shared.security.Caller") && CALLER_ROLE_QUESTIONS.contains(name)
                    || owner.isAssignableTo("io.quarkus.security.identity.SecurityIdentity") && name.equals("hasRole")
                    || owner.isAssignableTo("jakarta.ws.rs.core.SecurityContext") && name.equals("isUserInRole");
        });
    }

    // ---- 4. one service, one package tree ----

    /** A service uses no other code of the project than its own and the {@link #LIBRARIES}. */
    public static ArchRule usesOnlyItselfAndLibraries(String root) {
        List<String> own = new ArrayList<>(List.of(root));
        own.addAll(LIBRARIES);
        return usesOnlyProjectCodeIn(PROJECT, root, own);
    }

    /**
     * The framework-free library the shared library builds on: the verified-token cache (services/token-cache), which
     * the gateway uses too and which uses no code of the project itself.
     */
    public static final String TOKEN_CACHE = "vn.cchc.tokencache";

    /**
     * The shared library uses no other code of the project: no service and no other library but the token cache
     * ({@link #TOKEN_CACHE}, infrastructure like itself).
     */
    public static ArchRule sharedUsesNoOtherProjectCode(String root) {
        return usesOnlyProjectCodeIn(PROJECT, root, List.of(root, TOKEN_CACHE));
    }

    /** Classes under {@code root} use, of the code under {@code project}, only classes under {@code allowed}. */
    public static ArchRule usesOnlyProjectCodeIn(String project, String root, List<String> allowed) {
        String[] allowedPackages = allowed.stream().map(p -> p + "..").toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat(resideInAPackage(project + "..").and(not(resideInAnyPackage(allowedPackages))))
                .as(root + " uses no code of " + project + " outside " + String.join(", ", allowed))
                .because("services talk through events and HTTP only; libraries depend on no service");
    }

    // ---- freezing known violations ----

    /**
     * The rule with the violations known today accepted: they are listed in the module's {@link #STORE} (one file per
     * rule, keyed by the rule's text), any other violation fails. The store is not created silently: the first
     * freeze in a module runs once with {@code -D}{@value #CREATE_STORE}{@code =true}.
     */
    public static ArchRule frozen(ArchRule rule) {
        return frozen(rule, STORE, Boolean.getBoolean(CREATE_STORE));
    }

    static ArchRule frozen(ArchRule rule, String store, boolean allowCreation) {
        Properties properties = new Properties();
        properties.setProperty("default.path", store);
        properties.setProperty("default.allowStoreCreation", String.valueOf(allowCreation));
        properties.setProperty("default.allowStoreUpdate", "true");
        return FreezingArchRule.freeze(rule).persistIn(new ModuleStore(properties));
    }

    /**
     * ArchUnit's text-file store, configured here rather than by an {@code archunit.properties} on the class path:
     * {@link FreezingArchRule} initializes its store with ArchUnit's configuration on every evaluation, which this
     * store ignores.
     */
    private static final class ModuleStore implements ViolationStore {
        private final TextFileBasedViolationStore files = new TextFileBasedViolationStore();
        private final Properties properties;

        ModuleStore(Properties properties) {
            this.properties = properties;
        }

        @Override
        public void initialize(Properties fromArchUnitConfiguration) {
            files.initialize(properties);
        }

        @Override
        public boolean contains(ArchRule rule) {
            return files.contains(rule);
        }

        @Override
        public void save(ArchRule rule, List<String> violations) {
            files.save(rule, violations);
        }

        @Override
        public List<String> getViolations(ArchRule rule) {
            return files.getViolations(rule);
        }
    }

    // ---- predicates ----

    static String layer(String root, String name) {
        return root + "." + name + "..";
    }

    /** Classes of the module under {@code root} that are not in one of the named packages. */
    private static DescribedPredicate<JavaClass> ownCodeOutside(String root, String... layers) {
        String[] allowed = Arrays.stream(layers).map(l -> layer(root, l)).toArray(String[]::new);
        return resideInAPackage(root + "..")
                .and(not(resideInAnyPackage(allowed)))
                .as("classes of " + root + " outside " + String.join(", ", allowed));
    }

    private static DescribedPredicate<JavaClass> haveAnIncomingMethod() {
        return DescribedPredicate.describe(
                "have an @Incoming method", c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(INCOMING)));
    }

    private static DescribedPredicate<JavaClass> persistent() {
        return DescribedPredicate.describe(
                "are @Entity, @Embeddable or @MappedSuperclass",
                c -> Stream.of("Entity", "Embeddable", "MappedSuperclass")
                        .anyMatch(a -> c.isAnnotatedWith("jakarta.persistence." + a)));
    }

    private static final Set<String> PANACHE_QUERIES =
            Set.of("find", "list", "stream", "count", "delete", "update", "exists");
    private static final Set<String> PANACHE_QUERY_ARGUMENTS = Set.of(
            Object[].class.getName(),
            "java.util.Map",
            "io.quarkus.panache.common.Parameters",
            "io.quarkus.panache.common.Sort");
    private static final Set<String> JDBC_STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** A call that runs a query: see {@link #queriesOnlyIn(String, String...)}. */
    static DescribedPredicate<JavaMethodCall> runsAQuery() {
        return DescribedPredicate.describe(
                "runs a query (EntityManager/Session create*Query, Panache query string, JDBC)", call -> {
                    JavaClass owner = call.getTarget().getOwner();
                    String name = call.getTarget().getName();
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    if ((owner.isAssignableTo("jakarta.persistence.EntityManager")
                                    || owner.isAssignableTo("org.hibernate.SharedSessionContract"))
                            && name.startsWith("create")
                            && (name.endsWith("Query") || name.endsWith("Call"))) {
                        return true;
                    }
                    if (owner.isAssignableTo("java.sql.Connection") && JDBC_STATEMENTS.contains(name)) {
                        return true;
                    }
                    boolean panache = owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                            || owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase");
                    return panache
                            && PANACHE_QUERIES.contains(name)
                            && parameters.size() >= 2
                            && parameters.get(0).getName().equals(String.class.getName())
                            && PANACHE_QUERY_ARGUMENTS.contains(
                                    parameters.get(1).getName());
                });
    }
}
