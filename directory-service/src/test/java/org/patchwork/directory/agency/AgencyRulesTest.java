package org.patchwork.directory.agency;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyRulesTest {

    static Caller caller(String agency, String... roles) {
        return new Caller("subject", agency, Set.of(roles), "Sample Worker", "sample@agency.example");
    }

    @Test
    void staffOfAnOnboardedAgencyMayUseTheDirectory() {
        assertThatCode(() -> AgencyRules.requireMayUseDirectory(caller("lichfield-dc", Caller.PRACTITIONER),
                Optional.of(AgencyStatus.ONBOARDED))).doesNotThrowAnyException();
    }

    @Test
    void staffOfASuspendedOrUnknownAgencyOrOfNoAgencyMayNot() {
        assertThatThrownBy(() -> AgencyRules.requireMayUseDirectory(caller("lichfield-dc", Caller.AGENCY_ADMIN),
                Optional.of(AgencyStatus.SUSPENDED))).isInstanceOf(PatchworkException.class)
                .hasMessageContaining("suspended");
        assertThatThrownBy(() -> AgencyRules.requireMayUseDirectory(caller("unknown", Caller.PRACTITIONER),
                Optional.empty())).hasMessageContaining("not in Patchwork's data sharing agreement");
        assertThatThrownBy(() -> AgencyRules.requireMayUseDirectory(caller(null, Caller.PRACTITIONER),
                Optional.empty())).isInstanceOf(PatchworkException.class);
    }

    @Test
    void aPlatformAdminMayUseTheDirectoryWithoutAnAgency() {
        assertThatCode(() -> AgencyRules.requireMayUseDirectory(caller(null, Caller.PLATFORM_ADMIN),
                Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void onlyTheAgencysOwnAdminManagesItsStaff() {
        assertThatCode(() -> AgencyRules.requireAdminOf(caller("staffs-fire", Caller.AGENCY_ADMIN), "staffs-fire"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AgencyRules.requireAdminOf(caller("staffs-fire", Caller.AGENCY_ADMIN), "lichfield-dc"))
                .hasMessageContaining("your own agency");
        assertThatThrownBy(() -> AgencyRules.requireAdminOf(caller("staffs-fire", Caller.PRACTITIONER), "staffs-fire"))
                .isInstanceOf(PatchworkException.class);
        assertThatThrownBy(() -> AgencyRules.requireAdminOf(caller(null, Caller.PLATFORM_ADMIN), "staffs-fire"))
                .isInstanceOf(PatchworkException.class);
    }

    @Test
    void agencyDetailsAreEditedByTheirOwnAdminOrAPlatformAdmin() {
        assertThatCode(() -> AgencyRules.requireMayEditDetails(caller(null, Caller.PLATFORM_ADMIN), "staffs-fire"))
                .doesNotThrowAnyException();
        assertThatCode(() -> AgencyRules.requireMayEditDetails(caller("staffs-fire", Caller.AGENCY_ADMIN),
                "staffs-fire")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgencyRules.requireMayEditDetails(caller("lichfield-dc", Caller.AGENCY_ADMIN),
                "staffs-fire")).isInstanceOf(PatchworkException.class);
    }

    @Test
    void onlyAPlatformAdminOnboardsOrSuspends() {
        assertThatThrownBy(() -> AgencyRules.requirePlatformAdmin(caller("staffs-fire", Caller.AGENCY_ADMIN)))
                .isInstanceOf(PatchworkException.class);
    }
}
