package org.patchwork.gateway;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.Architecture;

class ArchitectureTest {

    @Test
    void featuresHaveNoCyclesControllersStayPrivateAndNoOtherPartsCodeIsUsed() {
        Architecture.verify("org.patchwork.gateway");
    }
}
