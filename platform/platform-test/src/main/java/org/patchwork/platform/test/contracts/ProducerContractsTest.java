package org.patchwork.platform.test.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every producer's build checks of the contracts it keeps, once per producer (a subclass in its tests). What
 * it really publishes is checked against them wherever its tests read its topics
 * ({@link EventContracts#assertConforms}).
 */
public abstract class ProducerContractsTest {

    private final EventContracts contracts;
    private final String eventsPackage;

    /**
     * @param producer      the producer's folder, e.g. {@code schedule-service}
     * @param eventsPackage where its published records ({@code @Externalized}) are
     */
    protected ProducerContractsTest(String producer, String eventsPackage) {
        this.contracts = EventContracts.of(producer);
        this.eventsPackage = eventsPackage;
    }

    @Test
    void everyPublishedEventTypeHasAContractAndEveryContractAPublishedType() {
        assertThat(contracts.coverageProblems(eventsPackage)).isEmpty();
    }

    @Test
    void everyExampleSatisfiesItsSchemaWhoseIdIsTheDataSchemaEventsCarry() {
        assertThat(contracts.exampleProblems()).isEmpty();
    }

    @Test
    void everyContractStillReadsAndIsReadAsItsLastReleaseDid() {
        assertThat(contracts.incompatibilitiesWithLastRelease()).isEmpty();
    }
}
