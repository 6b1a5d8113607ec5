package org.patchwork.platform.security.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryStandingTest {

    private final List<DirectoryStandingRepository.Entry> table = new ArrayList<>();
    private final DirectoryStanding standing = new DirectoryStanding(new DirectoryStandingRepository(null) {
        @Override
        List<DirectoryStandingRepository.Entry> barred() {
            return List.copyOf(table);
        }
    });

    @Test
    void aLeaverIsRefusedWhateverTheirRoles() {
        table.add(new DirectoryStandingRepository.Entry(StandingKind.PROFESSIONAL, "leaver"));
        standing.refresh();

        assertThat(standing.refusal(caller("leaver", "lichfield-dc", Caller.PLATFORM_ADMIN)))
                .map(PatchworkException::type).hasValue("professional-left");
        assertThat(standing.refusal(caller("colleague", "lichfield-dc", Caller.PRACTITIONER))).isEmpty();
    }

    @Test
    void aSuspendedAgencysStaffAreRefusedButAPlatformAdministratorIsNot() {
        table.add(new DirectoryStandingRepository.Entry(StandingKind.AGENCY, "staffs-fire"));
        standing.refresh();

        assertThat(standing.refusal(caller("firefighter", "staffs-fire", Caller.PRACTITIONER)))
                .map(PatchworkException::type).hasValue("agency-suspended");
        assertThat(standing.refusal(caller("platform", "staffs-fire", Caller.PLATFORM_ADMIN))).isEmpty();
        assertThat(standing.refusal(caller("nurse", "lichfield-dc", Caller.PRACTITIONER))).isEmpty();
        assertThat(standing.refusal(caller("staffs-fire", "", Caller.PRACTITIONER))).isEmpty();
    }

    @Test
    void whatTheTableNoLongerHoldsIsForgottenAtTheNextRefresh() {
        table.add(new DirectoryStandingRepository.Entry(StandingKind.AGENCY, "staffs-fire"));
        standing.refresh();
        assertThat(standing.isSuspended("staffs-fire")).isTrue();

        table.clear();
        standing.refresh();

        assertThat(standing.isSuspended("staffs-fire")).isFalse();
        assertThat(standing.refusal(caller("firefighter", "staffs-fire", Caller.PRACTITIONER))).isEmpty();
    }

    private static Caller caller(String subject, String agency, String role) {
        return new Caller(subject, agency, Set.of(role), "Sample Name", "sample@example.org");
    }
}
