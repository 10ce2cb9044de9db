package dev.mcphex.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules a tool pack (or any other extension of mcphex) keeps. Add {@code mcphex-archunit} as a test
 * dependency and one test class:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.pack", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(McphexExtensionRules.class);
 * }
 * }</pre>
 */
public final class McphexExtensionRules {
    /** The only part of mcphex an extension may use. */
    public static final String PORTS = "dev.mcphex.ports..";
    /** The parts of mcphex an extension must not use: they change without notice and bind it to one deployment. */
    static final String[] INTERNALS = {"dev.mcphex.domain..", "dev.mcphex.adapter..", "dev.mcphex.distribution..",
            "dev.mcphex.conformance.."};

    @ArchTest
    public static final ArchRule extensions_use_only_the_ports_of_mcphex = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(INTERNALS)
            .because("a pack built on " + PORTS + " alone runs unchanged on every transport, store and deployment");

    @ArchTest
    public static final ArchRule extensions_do_not_use_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("in stdio mode standard output carries protocol messages only; log through SLF4J instead");

    @ArchTest
    public static final ArchRule extensions_throw_no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("throw ToolExecutionException with words for the model, or a specific exception");

    @ArchTest
    public static final ArchRule extensions_do_not_use_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the server configures SLF4J only; java.util.logging lines would bypass it");

    private McphexExtensionRules() {
    }
}
