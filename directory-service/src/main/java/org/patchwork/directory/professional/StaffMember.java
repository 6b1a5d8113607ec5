package org.patchwork.directory.professional;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.NoFormula;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;
import org.patchwork.directory.contact.WorkEmail;

/**
 * A member of staff as their agency's administrator records them, by hand or in a CSV import. The work email
 * identifies them within the agency: it links the entry to their first sign-in.
 */
public record StaffMember(
        @NotBlank @Size(max = 120) @NoFormula String name,
        @NotBlank @WorkEmail String email,
        @Size(max = 120) @NoFormula String jobTitle,
        @Size(max = 120) @NoFormula String team,
        @UkPhone String workPhone,
        @UkPhone String mobile,
        @NotNull PreferredContact preferredContact,
        @Size(max = 50) List<@NotBlank @Size(max = 60) @NoFormula String> areas) {

    public StaffMember {
        name = Tidy.text(name);
        email = Tidy.text(email);
        jobTitle = Tidy.text(jobTitle);
        team = Tidy.text(team);
        workPhone = Tidy.text(workPhone);
        mobile = Tidy.text(mobile);
        areas = Tidy.areas(areas);
    }
}
