package org.patchwork.schedule.contact;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactRulesTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aContactHasHappenedAlready() {
        assertThatCode(() -> ContactRules.requireHappened(NOW, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> ContactRules.requireHappened(NOW.minusSeconds(3600), NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ContactRules.requireHappened(NOW.plusSeconds(1), NOW))
                .isInstanceOf(PatchworkException.class).extracting("type").isEqualTo("contact-in-the-future");
    }

    @Test
    void onlyACompletedContactFaceToFaceOrOnVideoSeesTheClient() {
        assertThat(ContactRules.seesTheClient(ContactChannel.HOME_VISIT, ContactOutcome.COMPLETED)).isTrue();
        assertThat(ContactRules.seesTheClient(ContactChannel.VIDEO, ContactOutcome.COMPLETED)).isTrue();
        assertThat(ContactRules.seesTheClient(ContactChannel.SCHOOL_OR_OFFICE_MEETING, ContactOutcome.COMPLETED)).isTrue();
        assertThat(ContactRules.seesTheClient(ContactChannel.PHONE, ContactOutcome.COMPLETED)).isFalse();
        assertThat(ContactRules.seesTheClient(ContactChannel.HOME_VISIT, ContactOutcome.NO_ACCESS)).isFalse();
        assertThat(ContactRules.seesTheClient(ContactChannel.PHONE, ContactOutcome.NO_ANSWER)).isFalse();
    }
}
