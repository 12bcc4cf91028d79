package org.helplinelogbook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Set;
import javafx.fxml.FXML;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.ManagerWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/adr/0003 and 0010, checked on every build. */
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
    void viewModelsUseOnlyBeansCollectionsAndTheLayersBelow() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should(onlyDependOnTheViewModelAllowList())
                .because("view models are tested off the JavaFX thread without a display: an allow-list (not a deny-list)"
                        + " keeps out controls, javafx.concurrent, javafx.util and java.awt alike")
                .check(classes);
    }

    @Test
    void frontEndsNeverTouchStorageOrTheStore() {
        noClasses().that().resideInAnyPackage("..helplinelogbook.ui..", "..helplinelogbook.cli..")
                .should().dependOnClassesThat(resideInAPackage("..helplinelogbook.storage..")
                        .and(not(type(ConnectionProfile.class))))
                .orShould().dependOnClassesThat(type(Store.class).or(type(Store.Repositories.class)))
                .because("the logbook services are the only door (ADR 0010); ConnectionProfile is the server address"
                        + " the CLI parses from --server, a value and no access")
                .check(classes);
    }

    @Test
    void frontEndsUseServicesOnly() {
        // store() and record() are package-private, so the compiler already keeps ui and cli off them; this rule
        // says why, and fails first if either is made public again.
        noClasses().that().resideInAnyPackage("..helplinelogbook.ui..", "..helplinelogbook.cli..")
                .should().callMethod(Logbook.class, "store")
                .because("a use case put together in a front end exists twice and the copies drift (ADR 0010):"
                        + " each is one method on a logbook service")
                .check(classes);
    }

    @Test
    void theSessionHasNoStaticEntryPoints() {
        methods().that().areDeclaredIn(Logbook.class).and().arePublic()
                .should().notBeStatic()
                .because("Logbook is the unlocked session only (issue 15): asking about a data folder is DataFolder,"
                        + " creating or joining a logbook LogbookSetup, unlocking one LogbookOpening")
                .check(classes);
    }

    /** What the session hands out: each service is given its collaborators once, when the session is made. */
    private static final DescribedPredicate<JavaClass> A_SESSION_SERVICE = DescribedPredicate.describe(
            "a service the session hands out (*Service, Retention, NoteUpgrade, ServerBackups, ContactImport,"
                    + " Housekeeping), its shared parts, or what makes and holds them (SessionServices, SessionResources)",
            c -> c.getPackageName().equals("org.helplinelogbook.logbook") && !c.isNestedClass()
                    && (c.getSimpleName().endsWith("Service") || Set.of("Retention", "NoteUpgrade", "ServerBackups",
                            "ContactImport", "Housekeeping", "AuditedWrites", "SessionStore", "TaxonomyCache",
                            "SessionServices", "SessionResources").contains(c.getSimpleName())));

    @Test
    void nothingOutsideTheSessionTakesTheWholeSession() {
        // Backups, the sign-in and exit chores and the demo data once were static helpers called with the Logbook,
        // pulling its key and database out of it; now they are services the session hands out (issue 15).
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("org.helplinelogbook.logbook")
                .and().arePublic()
                .should().haveRawParameterTypes(DescribedPredicate.describe("a Logbook among them",
                        (List<JavaClass> types) -> types.stream().anyMatch(t -> t.isEquivalentTo(Logbook.class))))
                .because("a step that is handed the whole session can reach its key, store and every service, and its"
                        + " callers cannot see what it needs (ADR 0010): it is a service the session makes with"
                        + " exactly that, used as logbook.backups(), logbook.housekeeping(), logbook.demo()")
                .check(classes);
    }

    @Test
    void servicesNeverCallBackIntoTheSession() {
        noClasses().that(A_SESSION_SERVICE)
                .should().dependOnClassesThat(type(Logbook.class))
                .because("a service that asks the session for its key, actor or store hides what it needs and can reach"
                        + " everything (ADR 0010): the session gives each service what it needs when it makes it")
                .check(classes);
    }

    @Test
    void onlyTheTaskRunnerStartsThreads() {
        noClasses().that().doNotHaveFullyQualifiedName(BackgroundTaskRunner.class.getName())
                // The audit anchor's writer and the server's change listener are owned threads below the UI.
                .and().doNotHaveFullyQualifiedName("org.helplinelogbook.security.AuditTrail")
                .and().doNotHaveFullyQualifiedName("org.helplinelogbook.storage.PostgresChangeFeed")
                // Opening a logbook runs on an owned thread so a stuck open can be abandoned, never interrupted.
                .and().doNotHaveFullyQualifiedName("org.helplinelogbook.logbook.BoundedOpen")
                // Warming the storage classes while a password is typed touches no logbook and writes nothing.
                .and().doNotHaveFullyQualifiedName("org.helplinelogbook.logbook.LogbookOpening")
                .should().callConstructorWhere(CONSTRUCTS_A_THREAD)
                .because("all background work goes through the TaskRunner, one ordered worker thread (ADR 0005):"
                        + " a stray thread writes out of order and is invisible to the tests' DirectTaskRunner")
                .check(classes);
    }

    @Test
    void theFloorsCallOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.helplinelogbook")
                .layer("UI").definedBy("..helplinelogbook.ui..")
                .layer("CLI").definedBy("..helplinelogbook.cli..")
                .layer("Logbook").definedBy("..helplinelogbook.logbook..")
                .layer("Storage").definedBy("..helplinelogbook.storage..")
                .layer("Report").definedBy("..helplinelogbook.report..")
                .layer("Security").definedBy("..helplinelogbook.security..")
                .layer("Privacy").definedBy("..helplinelogbook.privacy..")
                .layer("Domain").definedBy("..helplinelogbook.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Logbook").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI")
                // CLI: ConnectionProfile only (frontEndsNeverTouchStorageOrTheStore)
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Logbook", "CLI")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Logbook", "UI", "CLI")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Logbook", "Storage")
                .whereLayer("Privacy").mayOnlyBeAccessedByLayers("Logbook", "Report", "UI", "CLI")
                .whereLayer("Domain").mayNotAccessAnyLayer()
                .because("six floors (ADR 0010): the front ends on top, the logbook services under them, storage,"
                        + " report, security and privacy beside each other, the domain at the bottom")
                .check(classes);
    }

    @Test
    void windowsDoNotDependOnEachOtherInCircles() {
        slices().matching("org.helplinelogbook.ui.(*)..").should().beFreeOfCycles()
                .because("a window package is added or changed without touching the others (ADR 0005);"
                        + " what two windows share lives in ui/common")
                .check(classes);
    }

    private static final Set<String> VIEW_MODEL_SEAMS = Set.of("TaskRunner", "Messages", "UserMessages", "FileSizes",
            "FieldLabels", "Choice", "ContactText", "SignInDelay", "NoteWarnings", "WorkStatus", "ShownTexts",
            "OneLineStatus", "PathTexts");

    /**
     * What a view model may use: beans, collections, the JDK, the floors below, its own window, ui/common's
     * display-free seams, and the logging facade (class names only, never values).
     */
    private static final DescribedPredicate<JavaClass> VIEW_MODEL_MAY_USE = resideInAnyPackage("java..",
            "javafx.beans..", "javafx.collections..", "..helplinelogbook.domain..", "..helplinelogbook.logbook..",
            "..helplinelogbook.report..", "..helplinelogbook.privacy..", "org.slf4j")
            .or(DescribedPredicate.describe("a display-free seam of ui/common",
                    c -> c.getPackageName().equals("org.helplinelogbook.ui.common")
                            && VIEW_MODEL_SEAMS.contains(c.getName().substring(c.getPackageName().length() + 1).replaceAll("\\$.*", ""))));

    private static ArchCondition<JavaClass> onlyDependOnTheViewModelAllowList() {
        return new ArchCondition<>("only depend on " + VIEW_MODEL_MAY_USE.getDescription()
                + " or their own window package") {
            @Override
            public void check(JavaClass viewModel, ConditionEvents events) {
                for (Dependency d : viewModel.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
                    boolean ok = base.isPrimitive() || VIEW_MODEL_MAY_USE.test(base)
                            || base.getPackageName().equals(viewModel.getPackageName());
                    if (!ok) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static final DescribedPredicate<JavaConstructorCall> CONSTRUCTS_A_THREAD = DescribedPredicate.describe(
            "a Thread constructor", call -> call.getTargetOwner().isAssignableTo(Thread.class));

    @Test
    void managerWindowsHoldOnlyTheirControls() {
        fields().that().areDeclaredInClassesThat().areAssignableTo(ManagerWindow.class)
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(ManagerWindow.class.getName())
                .and().areNotStatic()
                .should().beAnnotatedWith(FXML.class)
                .because("a manager window's initialize() runs inside ManagerWindow's constructor, before the window's "
                        + "own field initialisers and constructor body: a field of its own would still be empty there, "
                        + "or be overwritten after it; its view model is ManagerWindow's model")
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
