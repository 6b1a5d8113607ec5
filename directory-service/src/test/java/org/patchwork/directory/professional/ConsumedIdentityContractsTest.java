package org.patchwork.directory.professional;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.contracts.EventContracts;

import static org.assertj.core.api.Assertions.assertThat;

/** The leavers' consumer reads AccountDisabled as the Keycloak extension's contract publishes it. */
class ConsumedIdentityContractsTest {

    private static final EventContracts IDENTITY = EventContracts.of("identity");

    @Test
    void theAccountDisabledExampleIsReadWithTheAccountAndItsAgency() {
        AccountDisabled disabled = IDENTITY.exampleAs("identity.accounts", "AccountDisabled", AccountDisabled.class);

        assertThat(disabled.keycloakSubject()).isNotBlank();
        assertThat(disabled.agency()).isNotBlank();
    }
}
