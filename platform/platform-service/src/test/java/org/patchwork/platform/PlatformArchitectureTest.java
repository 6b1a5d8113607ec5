package org.patchwork.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class PlatformArchitectureTest {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.patchwork.platform");

    @Test
    void thePlatformHoldsNoPartsCode() {
        noClasses().that().resideInAPackage("org.patchwork.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.patchwork..")
                        .and(not(resideInAPackage("org.patchwork.platform.."))))
                .because("the platform is what every part shares; no part's code belongs in it")
                .check(platform);
    }

    @Test
    void thePlatformsPackagesHaveNoCycles() {
        slices().matching("org.patchwork.platform.(*)..").should().beFreeOfCycles().check(platform);
    }
}
