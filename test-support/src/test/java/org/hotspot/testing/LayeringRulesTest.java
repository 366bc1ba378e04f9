package org.hotspot.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link Layering} finds its breach in a made-up service ({@code org.hotspot.layered}), names
 * the offending class, and lets it pass once that class is listed as a known exception.
 */
class LayeringRulesTest {

    private static final JavaClasses LAYERED = new ClassFileImporter().importPackages("org.hotspot.layered");

    @Test
    void aCodecThatImportsItsServiceIsRefused() {
        assertThatThrownBy(() -> Layering.codecsImportNothingOfTheirService().check(LAYERED))
                .hasMessageContaining("Frame.domain()").hasMessageContaining("org.hotspot.layered.Domain");
        assertThatCode(() -> Layering.codecsImportNothingOfTheirService("org.hotspot.layered.radius.codec.Frame")
                .check(LAYERED)).doesNotThrowAnyException();
    }

    @Test
    void ioMayImportItsCodecButNotService() {
        assertThatThrownBy(() -> Layering.ioImportsOnlyItsCodec().check(LAYERED))
                .hasMessageContaining("org.hotspot.layered.service.Clients")
                .hasMessageNotContaining("org.hotspot.layered.radius.codec.Frame>");
        assertThatCode(() -> Layering.ioImportsOnlyItsCodec("org.hotspot.layered.radius.io.Socket").check(LAYERED))
                .doesNotThrowAnyException();
    }

    @Test
    void aUseCaseThatImportsRestIsRefused() {
        assertThatThrownBy(() -> Layering.restIsImportedByNobody().check(LAYERED))
                .hasMessageContaining("Clients.view()").hasMessageContaining("org.hotspot.layered.rest.View");
        assertThatCode(() -> Layering.restIsImportedByNobody("org.hotspot.layered.service.Clients").check(LAYERED))
                .doesNotThrowAnyException();
    }

    @Test
    void rulesTheMadeUpServiceKeepsPass() {
        assertThatCode(() -> Layering.codecsDoNoIo().check(LAYERED)).doesNotThrowAnyException();
        assertThatCode(() -> Layering.entitiesDoNotLeaveRestAsJson().check(LAYERED)).doesNotThrowAnyException();
    }
}
