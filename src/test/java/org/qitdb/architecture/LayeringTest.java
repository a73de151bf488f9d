package org.qitdb.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"submission", "coordination", "reference", "report", "security", "representative"})
    void noStoreReachesUpToItsFeaturesServicesOrResources(String feature) {
        storeDoesNotReachUp("org.qitdb." + feature);
    }

    /**
     * The landscape has no store of its own: it reads the standards through the search feature's index snapshots, never
     * the standard feature's tables or entities (a coupling the import graph would otherwise hide in SQL strings).
     */
    @Test
    void theLandscapeReadsStandardsThroughTheirQueryInterfacesOnly() {
        noClasses().that().resideInAPackage("org.qitdb.landscape..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qitdb.standard.store..", "org.qitdb.search.store..",
                        "jakarta.persistence..", "org.hibernate..", "java.sql..")
                .check(classes);
    }

    private static void storeDoesNotReachUp(String base) {
        noClasses().that().resideInAPackage(base + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".service..", base + ".api..")
                .check(classes);
    }
}
