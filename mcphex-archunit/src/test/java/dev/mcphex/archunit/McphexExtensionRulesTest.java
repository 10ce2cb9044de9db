package dev.mcphex.archunit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class McphexExtensionRulesTest {
    private static final JavaClasses BAD = new ClassFileImporter().importPackages("dev.mcphex.archunit.bad");
    private static final JavaClasses GOOD = new ClassFileImporter().importPackages("dev.mcphex.archunit.good");

    static Stream<ArchRule> rules() {
        return Stream.of(McphexExtensionRules.extensions_use_only_the_ports_of_mcphex,
                McphexExtensionRules.extensions_do_not_use_standard_streams,
                McphexExtensionRules.extensions_throw_no_generic_exceptions,
                McphexExtensionRules.extensions_do_not_use_java_util_logging);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachRule_failsOnAPackThatBreaksIt(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(BAD)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyPack");
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachRule_passesOnAPackThatKeepsIt(ArchRule rule) {
        assertThatCode(() -> rule.check(GOOD)).doesNotThrowAnyException();
    }

    @Test
    void theDomainRule_namesTheEngineClassItCaught() {
        assertThatThrownBy(() -> McphexExtensionRules.extensions_use_only_the_ports_of_mcphex.check(BAD))
                .hasMessageContaining("dev.mcphex.domain.Mcphex");
    }
}
