package dev.mcphex.distribution.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.mcphex.distribution.Main;

/**
 * The rules Maven's module graph cannot express. They run over every production class of the project,
 * so the distribution's test class path holds every module.
 */
@AnalyzeClasses(packages = "dev.mcphex",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** Leaves out the adapters' test helpers, which the scale-out test reaches through their test jars. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.asURI().toString().contains("-tests.jar");
        }
    }

    private static final String PORTS = "dev.mcphex.ports..";
    private static final String DOMAIN = "dev.mcphex.domain..";
    private static final String ADAPTERS = "dev.mcphex.adapter..";
    private static final String STDIO_ADAPTER = "dev.mcphex.adapter.stdio..";
    private static final String OPENAI_ADAPTER = "dev.mcphex.adapter.openai..";
    private static final String DISTRIBUTION = "dev.mcphex.distribution..";
    private static final String MAIN = Main.class.getName();

    // The JDK, less what needs a port (JDBC, say), plus the written allowlist of pure libraries.
    private static final String JDK = "java..";
    private static final String JDK_CRYPTO = "javax.crypto..";
    private static final String JSON_TREE = "tools.jackson..";
    private static final String JSON_SCHEMA = "com.networknt.schema..";
    private static final String LOGGING_API = "org.slf4j..";
    // Token buckets for the in-memory rate limiter: arithmetic on counters, no I/O, no threads.
    private static final String TOKEN_BUCKETS = "io.github.bucket4j..";

    @ArchTest
    static final ArchRule the_contract_depends_only_on_the_jdk_and_pure_libraries = classes()
            .that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, JDK_CRYPTO, PORTS, JSON_TREE, LOGGING_API)
            .because("tool packs and adapters build on mcp-ports alone, so it must pull in no framework");

    @ArchTest
    static final ArchRule the_contract_does_not_depend_on_the_engine = noClasses()
            .that().resideInAPackage(PORTS)
            .should().dependOnClassesThat().resideInAPackage(DOMAIN)
            .because("the engine implements the contract, not the other way round");

    @ArchTest
    static final ArchRule the_engine_depends_only_on_the_jdk_the_contract_and_pure_libraries = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(JDK, JDK_CRYPTO, PORTS, DOMAIN, JSON_TREE, JSON_SCHEMA, LOGGING_API,
                    TOKEN_BUCKETS)
            .because("the engine is pure computation; anything that talks to the world comes through a port");

    @ArchTest
    static final ArchRule the_contract_and_the_engine_do_not_use_jdbc = noClasses()
            .that().resideInAnyPackage(PORTS, DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("stores live in adapters behind driven ports");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("dev.mcphex.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter speaks to one technology and meets the others only through the ports");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_the_engine = noClasses()
            .that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(DOMAIN)
            .because("adapters call the driving ports; only the distribution knows which engine sits behind them");

    @ArchTest
    static final ArchRule the_openai_adapter_depends_only_on_the_jdk_the_contract_and_json = classes()
            .that().resideInAPackage(OPENAI_ADAPTER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, PORTS, OPENAI_ADAPTER, JSON_TREE)
            .because("a model adapter speaks HTTP through the JDK's client and JSON through Jackson, nothing more");

    @ArchTest
    static final ArchRule only_the_stdio_adapter_and_main_use_standard_input_and_output = noClasses()
            .that().resideOutsideOfPackage(STDIO_ADAPTER)
            .and().doNotHaveFullyQualifiedName(MAIN)
            .should().accessField(System.class, "in")
            .orShould().accessField(System.class, "out")
            .because("in stdio mode standard output carries protocol messages only, and standard input is the client's");

    @ArchTest
    static final ArchRule only_main_uses_standard_error_or_prints_stack_traces = noClasses()
            .that().doNotHaveFullyQualifiedName(MAIN)
            .should().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("diagnostics go through SLF4J, which the distribution sends to standard error");

    @ArchTest
    static final ArchRule no_classes_throw_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("callers and the JSON-RPC error mapping need to tell failures apart");

    @ArchTest
    static final ArchRule no_classes_use_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("all logging goes through SLF4J so that one configuration sends it to standard error");

    @ArchTest
    static final ArchRule no_classes_use_field_injection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule wiring_command_line_and_logging_frameworks_stay_in_the_distribution = noClasses()
            .that().resideOutsideOfPackage(DISTRIBUTION)
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "picocli..", "ch.qos.logback..")
            .because("the distribution is the only composition root; everything else is usable without them");
}
