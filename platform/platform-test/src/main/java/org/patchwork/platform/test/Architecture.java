package org.patchwork.platform.test;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every part of Patchwork keeps, checked by each part's {@code ArchitectureTest}: features
 * ({@code <base>.<feature>}) without dependency cycles between them, controllers visible only to Spring, and no
 * code of another part — a part shares only the platform and published contracts.
 */
public final class Architecture {

    private static final String PLATFORM = "org.patchwork.platform..";

    private Architecture() {
    }

    /** Checks the production classes under {@code basePackage} (e.g. {@code org.patchwork.network}). */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules(String basePackage) {
        return List.of(
                slices().matching(basePackage + ".(*)..")
                        .as("the features of " + basePackage)
                        .should().beFreeOfCycles(),
                classes().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                        .should().notBePublic()
                        .because("only Spring calls a controller; its feature's public types are the application service and records")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage(basePackage + "..")
                        .should().dependOnClassesThat(resideInAPackage("org.patchwork..")
                                .and(not(resideInAnyPackage(basePackage + "..", PLATFORM))))
                        .because("a part shares only the platform and published contracts, never another part's code"));
    }
}
