package org.hotspot.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.hotspot.testing.Layering;

/** portal-web's main classes keep the package rules every service keeps. */
@AnalyzeClasses(packages = "org.hotspot.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(Layering.class);
}
