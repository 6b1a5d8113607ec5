package org.patchwork.directory.events;

import org.patchwork.platform.test.contracts.ProducerContractsTest;

/** The contracts of the events this service publishes, kept in {@code src/main/resources/contracts/events/}. */
class EventContractsTest extends ProducerContractsTest {

    EventContractsTest() {
        super("directory-service", "org.patchwork.directory.events");
    }
}
