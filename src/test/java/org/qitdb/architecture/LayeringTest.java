package org.qitdb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arrows inside each feature point down only: a feature's store knows nothing of its services or resources, and its
 * services nothing of its resources (store → service → api). The standards' change log and history
 * ({@code standard.feed}) follow the same rule.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.qitdb");
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "standard.feed", "search"})
    void theStandardsAndTheirIndexPointDownOnly(String feature) {
        String base = "org.qitdb." + feature;
        storeDoesNotReachUp(base);
        noClasses().that().resideInAPackage(base + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".api..")
                .check(classes);
    }

    // the other features keep the records their services return in their api packages, so only their stores are held
    // to this
    @ParameterizedTest
    @ValueSource(strings = {"submission", "coordination", "reference", "report", "landscape", "security", "representative"})
    void noStoreReachesUpToItsFeaturesServicesOrResources(String feature) {
        storeDoesNotReachUp("org.qitdb." + feature);
    }

    private static void storeDoesNotReachUp(String base) {
        noClasses().that().resideInAPackage(base + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".service..", base + ".api..")
                .check(classes);
    }
}
