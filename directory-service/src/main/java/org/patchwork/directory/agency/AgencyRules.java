package org.patchwork.directory.agency;

import java.util.Optional;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.platform.security.standing.StandingRefusals;
import org.springframework.http.HttpStatus;

/**
 * Who may do what with agencies and their staff. Only agencies in the data sharing agreement may use
 * Patchwork; a platform administrator onboards and suspends them; an agency administrator looks after their own
 * agency and its staff, never another's.
 */
public final class AgencyRules {

    private AgencyRules() {
    }

    /** Refuses callers whose agency the directory does not know or has suspended; platform staff always pass. */
    public static void requireMayUseDirectory(Caller caller, Optional<AgencyStatus> agencyStatus) {
        if (caller.hasRole(Caller.PLATFORM_ADMIN)) {
            return;
        }
        if (caller.agency().isEmpty() || agencyStatus.isEmpty()) {
            throw new PatchworkException(HttpStatus.FORBIDDEN, "agency-not-onboarded",
                    "Your organisation is not in Patchwork's data sharing agreement.");
        }
        if (agencyStatus.get() == AgencyStatus.SUSPENDED) {
            throw StandingRefusals.agencySuspended();
        }
        if (agencyStatus.get() == AgencyStatus.ONBOARDING) {
            throw new PatchworkException(HttpStatus.FORBIDDEN, "agency-onboarding",
                    "Your organisation's sign-in to Patchwork works and has been recorded. Patchwork opens to your"
                            + " organisation once a platform administrator makes it live.");
        }
    }

    public static void requirePlatformAdmin(Caller caller) {
        if (!caller.hasRole(Caller.PLATFORM_ADMIN)) {
            throw PatchworkException.forbidden("Only a platform administrator can onboard or suspend an agency.");
        }
    }

    /** Staff are managed by their own agency's administrators only. */
    public static void requireAdminOf(Caller caller, String agencyCode) {
        if (!caller.hasRole(Caller.AGENCY_ADMIN)) {
            throw PatchworkException.forbidden("Only an agency administrator can manage an agency's staff.");
        }
        if (!caller.worksFor(agencyCode)) {
            throw PatchworkException.forbidden("You can manage the staff of your own agency only.");
        }
    }

    /**
     * A professional's role is flagged as sensitive (or no longer) by an administrator of their own agency, or by a
     * platform administrator.
     */
    public static void requireMayFlagSensitiveRole(Caller caller, String agencyCode) {
        if (caller.hasRole(Caller.PLATFORM_ADMIN)) {
            return;
        }
        requireAdminOf(caller, agencyCode);
    }

    /** An agency's details are kept right by its own administrators, or by a platform administrator. */
    public static void requireMayEditDetails(Caller caller, String agencyCode) {
        if (caller.hasRole(Caller.PLATFORM_ADMIN)) {
            return;
        }
        if (!caller.hasRole(Caller.AGENCY_ADMIN) || !caller.worksFor(agencyCode)) {
            throw PatchworkException.forbidden("You can change the details of your own agency only.");
        }
    }
}
