package org.patchwork.notification;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.Architecture;

class ArchitectureTest {

    @Test
    void featuresHaveNoCyclesControllersStayPrivateAndNoOtherPartsCodeIsUsed() {
        Architecture.verify("org.patchwork.notification");
    }
}
