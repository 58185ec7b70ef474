package org.betterfactories.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the builder's packages (README, "Developing"): no package depends on another that depends
 * back on it; JBake is used only behind its adapter; the writers of JSON and XML and the diagnostics depend on
 * nothing of ours; only the command line and the preview start builds.
 */
class ArchitectureTest {
    private static JavaClasses code;

    @BeforeAll
    static void importTheBuilder() {
        code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.betterfactories.site");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.betterfactories.site.(*)..").should().beFreeOfCycles().check(code);
    }

    @Test
    void onlyTheAdapterKnowsJBake() {
        noClasses().that().resideOutsideOfPackage("org.betterfactories.site.render.jbake..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jbake..", "org.asciidoctor..",
                        "com.vladsch.flexmark..", "freemarker..")
                .check(code);
    }

    @Test
    void theLeafPackagesDependOnNothingOfOurs() {
        classes().that().resideInAnyPackage("org.betterfactories.site.format..", "org.betterfactories.site.diag..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.betterfactories.site..")
                .orShould().onlyDependOnClassesThat().resideInAnyPackage("org.betterfactories.site.format..",
                        "org.betterfactories.site.diag..", "java..", "org.jspecify..")
                .check(code);
    }

    @Test
    void onlyTheCommandLineAndThePreviewRunTheBuild() {
        classes().that().resideInAPackage("org.betterfactories.site.pipeline..")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("org.betterfactories.site",
                        "org.betterfactories.site.pipeline..", "org.betterfactories.site.serve..")
                .check(code);
    }

    @Test
    void everyPackageIsNullMarked() {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        code.forEach(c -> packages.add(c.getPackageName()));
        assertTrue(packages.size() >= 15, packages.toString());
        for (String name : packages) {
            assertTrue(code.getPackage(name).isAnnotatedWith(org.jspecify.annotations.NullMarked.class),
                    name + " has a package-info.java with @NullMarked");
        }
    }
}
