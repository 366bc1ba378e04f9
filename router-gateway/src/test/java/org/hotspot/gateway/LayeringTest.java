package org.hotspot.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.hotspot.gateway.radius.io.LoopContext;
import org.hotspot.testing.Layering;

/**
 * router-gateway's main classes keep the package rules every service keeps, and use Vert.x internals
 * in one adapter only.
 */
@AnalyzeClasses(packages = "org.hotspot.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(Layering.class);

    /** Vert.x's internals change between its versions: an upgrade that moves them changes one class. */
    @ArchTest
    static final ArchRule vertxInternalsOnlyInLoopContext = noClasses()
            .that().doNotHaveFullyQualifiedName(LoopContext.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("io.vertx.core.impl..", "io.vertx.core.internal..")
            .because("LoopContext is the one adapter over Vert.x internals");
}
