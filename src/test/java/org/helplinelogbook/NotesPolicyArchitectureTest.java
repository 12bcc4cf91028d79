package org.helplinelogbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.helplinelogbook.domain.ContactRepository;
import org.helplinelogbook.logbook.ContactService;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.security.NoteVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No path that writes note text skips the identifier policy: note text becomes a stored row only through
 * ContactService's row builder, and every method that builds a row from a draft first applies NotesPolicy. The
 * per-path behaviour is tested in NotesPolicyTest, CliTest, ContactEditViewModelTest and SharedLogbookTest.
 */
class NotesPolicyArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.helplinelogbook");
    }

    @Test
    void onlyContactServiceSealsNotesOrInsertsAndUpdatesContacts() {
        noClasses().that().doNotHaveFullyQualifiedName(ContactService.class.getName())
                .and().resideOutsideOfPackage("..storage..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("seal|insert|insertAll|update"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe("NoteVault or ContactRepository",
                                                (JavaClass c) -> c.isEquivalentTo(NoteVault.class)
                                                        || c.isEquivalentTo(ContactRepository.class))))))
                .because("note text is stored only by ContactService, which applies the identifier policy first")
                .check(classes);
    }

    @Test
    void everyContactServiceMethodThatBuildsARowAppliesThePolicy() {
        JavaClass service = classes.get(ContactService.class);
        List<JavaMethod> builders = service.getMethods().stream()
                .filter(m -> m.getMethodCallsFromSelf().stream().anyMatch(c -> c.getName().equals("toRow")
                        || c.getName().startsWith("lambda$") ))
                .toList();
        // Lambdas hold the transaction bodies; attribute each lambda's toRow call to the method that declares it.
        List<String> missing = service.getMethods().stream()
                .filter(m -> callsToRow(service, m))
                .filter(m -> !m.getName().startsWith("lambda$"))
                .filter(m -> m.getMethodCallsFromSelf().stream().noneMatch(NotesPolicyArchitectureTest::appliesPolicy))
                .map(JavaMethod::getFullName)
                .toList();
        assertThat(builders).isNotEmpty();
        List<String> writers = service.getMethods().stream().filter(m -> !m.getName().startsWith("lambda$"))
                .filter(m -> callsToRow(service, m)).map(JavaMethod::getName).distinct().toList();
        assertThat(writers).as("the methods that store note text").contains("create", "saveAll", "update");
        assertThat(missing).as("ContactService methods storing note text without NotesPolicy.apply").isEmpty();
    }

    private static boolean appliesPolicy(JavaMethodCall call) {
        return call.getTargetOwner().isEquivalentTo(NotesPolicy.class) && call.getName().equals("apply");
    }

    /** Whether {@code m}, or a lambda it creates, calls toRow. */
    private static boolean callsToRow(JavaClass service, JavaMethod m) {
        if (m.getMethodCallsFromSelf().stream().anyMatch(c -> c.getName().equals("toRow"))) {
            return true;
        }
        String lambdaPrefix = "lambda$" + m.getName() + "$";
        return service.getMethods().stream().filter(l -> l.getName().startsWith(lambdaPrefix))
                .anyMatch(l -> l.getMethodCallsFromSelf().stream().anyMatch(c -> c.getName().equals("toRow")));
    }
}
