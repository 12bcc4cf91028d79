package org.helplinelogbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/adr/0003, checked on every build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.helplinelogbook");
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..helplinelogbook.domain..")
                .because("the domain holds the rules and must stay free of frameworks, storage and UI")
                .check(classes);
    }

    @Test
    void onlyStorageTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("..storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("storage is the one place that knows SQL, so H2 settings and durability rules live in one place")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("..cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("stray prints can leak note text to a terminal or a log; the CLI is the only console program")
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollectionsFromJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "javafx.application..", "javafx.animation..", "org.controlsfx..", "atlantafx..")
                .because("view models are tested off the JavaFX thread and must not hold controls")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingBelowTheUiKnowsJavaFx() {
        noClasses().that().resideInAnyPackage("..domain..", "..storage..", "..security..", "..privacy..", "..report..",
                        "..logbook..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("the CLI must run with no display, and services are shared by the CLI and the desktop")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheirCallers() {
        noClasses().that().resideInAnyPackage("..domain..", "..storage..", "..security..", "..privacy..", "..report..", "..logbook..")
                .should().dependOnClassesThat().resideInAnyPackage("..helplinelogbook.ui..", "..helplinelogbook.cli..")
                .because("the UI and CLI call services, never the other way round")
                .check(classes);
    }

    @Test
    void securityAndPrivacyStayIndependentOfStorage() {
        noClasses().that().resideInAnyPackage("..security..", "..privacy..")
                .should().dependOnClassesThat().resideInAnyPackage("..helplinelogbook.storage..", "..helplinelogbook.logbook..", "..helplinelogbook.report..")
                .because("key handling and identifier detection are small, pure and tested on their own")
                .check(classes);
    }
}
