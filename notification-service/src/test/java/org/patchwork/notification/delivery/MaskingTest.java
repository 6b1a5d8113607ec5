package org.patchwork.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void addressesAreMaskedToAHint() {
        assertThat(Masking.mask("demo.nurse@lichfield-dc.example")).isEqualTo("d***@lichfield-dc.example");
        assertThat(Masking.mask("07700 900123")).isEqualTo("***123");
        assertThat(Masking.mask(null)).isEqualTo("(none)");
    }

    @Test
    void addressesInsideErrorMessagesAreMasked() {
        assertThat(Masking.scrub("Recipient demo.nurse@lichfield-dc.example refused; 07700 900123 invalid"))
                .isEqualTo("Recipient d***@lichfield-dc.example refused; ***123 invalid");
        assertThat(Masking.scrub("Status code: 500")).isEqualTo("Status code: 500");
    }
}
