package org.workingwin.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the structure CONVENTIONS.md asks for: views call services only, no feature cycles, guarded routes. */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.workingwin.portal");
    }

    @Test
    void views_never_reach_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .check(portal);
    }

    @Test
    void feature_packages_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("org.workingwin.portal.(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void every_route_declares_who_may_enter() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .check(portal);
    }

    @Test
    void only_the_api_and_server_packages_use_micronaut_http() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .check(portal);
    }
}
