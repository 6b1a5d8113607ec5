package org.patchwork.web.profile;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertLabelsTest {

    @Test
    void kindsAreGroupedInThePagesOrderAndAKindAddedLaterIsStillOffered() {
        List<AlertLabels.Group> groups = AlertLabels.groupsOf(List.of("VISIT_CLASH", "ATTENTION", "NEW_KIND_OF_ALERT",
                "INVITATION_RECEIVED", "URGENT_ATTENTION"));

        assertThat(groups).extracting(AlertLabels.Group::heading)
                .containsExactly("Invitations", "Attentions", "Visits", "Other alerts");
        assertThat(groups.get(1).kinds()).extracting(AlertLabels.Kind::code)
                .containsExactly("ATTENTION", "URGENT_ATTENTION");
        assertThat(groups.get(3).kinds().getFirst().when()).isEqualTo("When new kind of alert");
    }

    @Test
    void aFormWithoutAChannelForAnOfferedKindSaysWhichOne() {
        AlertPreferences.Form form = new AlertPreferences.Form(java.util.Map.of("ATTENTION", "EMAIL"), "21:00",
                "07:00", "Europe/London", false);

        assertThat(form.check(List.of("ATTENTION", "NO_ACCESS")).all())
                .containsOnlyKeys("channel.NO_ACCESS")
                .containsValue("Choose how you are told when nobody answers the door at a visit");
    }
}
