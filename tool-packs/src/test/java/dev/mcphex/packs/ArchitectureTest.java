package dev.mcphex.packs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.mcphex.archunit.McphexExtensionRules;

/** Every built-in pack (http, context, history, sql) keeps the rules any extension of mcphex keeps. */
@AnalyzeClasses(packages = "dev.mcphex.packs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests rules = ArchTests.in(McphexExtensionRules.class);
}
