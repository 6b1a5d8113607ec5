package org.patchwork.directory.professional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's staff as its own identity provider's provisioning keeps them (SCIM): the same entries, changes and
 * events as its administrators' ({@link StaffService}), within that one agency. The caller has already proved which
 * agency it provisions for; a professional of any other agency is answered as unknown, never as forbidden, so a
 * provisioning client cannot learn who works elsewhere.
 */
@Service
public class ProvisionedStaff {

    private final ProfessionalRepository professionals;
    private final StaffService staff;

    ProvisionedStaff(ProfessionalRepository professionals, StaffService staff) {
        this.professionals = professionals;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public Optional<Professional> find(String agencyCode, UUID id) {
        return professionals.findById(id).filter(professional -> professional.agencyCode().equals(agencyCode));
    }

    @Transactional(readOnly = true)
    public Optional<Professional> findByEmail(String agencyCode, String email) {
        return professionals.lookUpByEmail(agencyCode, email);
    }

    /** One page of the agency's staff, active and left, by name; one more than asked says more follow. */
    @Transactional(readOnly = true)
    public List<Professional> page(String agencyCode, int limit, int offset) {
        return professionals.ofAgency(agencyCode, null, limit, offset);
    }

    @Transactional(readOnly = true)
    public long count(String agencyCode) {
        return professionals.countOfAgency(agencyCode);
    }

    @Transactional
    public Professional create(String agencyCode, StaffMember member) {
        return staff.add(agencyCode, member);
    }

    /** Replaces the details the provisioning keeps; the email only until their first sign-in, as for admins. */
    @Transactional
    public Professional replace(String agencyCode, UUID id, StaffMember member) {
        return staff.change(ownStaff(agencyCode, id), member);
    }

    /** Their agency's identity provider deactivated or deleted them: they have left, as if their admin said so. */
    @Transactional
    public Professional markLeft(String agencyCode, UUID id) {
        return staff.leave(ownStaff(agencyCode, id));
    }

    private Professional ownStaff(String agencyCode, UUID id) {
        return professionals.findForUpdate(id)
                .filter(professional -> professional.agencyCode().equals(agencyCode))
                .orElseThrow(() -> PatchworkException.notFound("No professional with id " + id + "."));
    }
}
