package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfessionalTest {

    static StaffMember member(String email, String jobTitle) {
        return new StaffMember("Sample Youth Worker", email, jobTitle, null, "01543 308000", null,
                PreferredContact.WORK_PHONE, List.of("Lichfield"));
    }

    @Test
    void theSameStaffDetailsAgainLeaveTheEntryEqual() {
        Professional entry = Professional.newStaffMember("lichfield-dc", member("worker@lichfield-dc.example", "Youth worker"));

        assertThat(entry.withStaffDetails(member("worker@lichfield-dc.example", "Youth worker"))).isEqualTo(entry);
        assertThat(entry.withStaffDetails(member("worker@lichfield-dc.example", "Senior youth worker")))
                .isNotEqualTo(entry);
    }

    @Test
    void anAdminMayCorrectTheEmailOnlyUntilTheFirstSignIn() {
        Professional entry = Professional.newStaffMember("lichfield-dc", member("typo@lichfield-dc.example", null));

        assertThat(entry.withStaffDetails(member("worker@lichfield-dc.example", null)).email())
                .isEqualTo("worker@lichfield-dc.example");
        Professional signedIn = entry.linkedTo("keycloak-subject", Instant.now());
        assertThatThrownBy(() -> signedIn.withStaffDetails(member("other@lichfield-dc.example", null)))
                .isInstanceOf(PatchworkException.class).hasMessageContaining("identity provider");
        assertThat(signedIn.withStaffDetails(member("TYPO@lichfield-dc.example", "Youth worker")).email())
                .isEqualTo("typo@lichfield-dc.example");
    }

    @Test
    void leavingKeepsHowTheyWereReached() {
        Professional entry = Professional.newStaffMember("lichfield-dc", member("worker@lichfield-dc.example", null));

        Professional left = entry.left();

        assertThat(left.hasLeft()).isTrue();
        assertThat(left.workPhone()).isEqualTo(entry.workPhone());
    }
}
