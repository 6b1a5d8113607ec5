package org.patchwork.network.lookup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchwork.platform.problem.PatchworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LookupRulesTest {

    @Test
    void aWholeFamilyNameIsLookedUpByItsNormalisedForm() {
        assertThat(LookupRules.familyNameKey("O'Brien-Núñez")).isEqualTo("obriennunez");
        assertThat(LookupRules.familyNameKey("Ng")).isEqualTo("ng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "Sm%", "Sm*", "_mith", "Sm?th", "[S]mith", "S", " - ", "Smith1", "Smith;--"})
    void wildcardsFragmentsAndNonLettersAreRefused(String familyName) {
        assertThatThrownBy(() -> LookupRules.familyNameKey(familyName)).isInstanceOf(PatchworkException.class)
                .satisfies(refusal -> assertThat(((PatchworkException) refusal).status().value()).isEqualTo(400));
    }
}
