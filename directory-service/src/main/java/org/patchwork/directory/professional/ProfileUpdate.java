package org.patchwork.directory.professional;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.NoFormula;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;

/**
 * What a professional may change about themselves. Name, email and agency come from their organisation's identity
 * provider and are not edited here (a name sent along is ignored), so nobody can appear as another person.
 */
public record ProfileUpdate(
        @Size(max = 120) @NoFormula String jobTitle,
        @Size(max = 120) @NoFormula String team,
        @UkPhone String workPhone,
        @UkPhone String mobile,
        @NotNull PreferredContact preferredContact,
        @Size(max = 50) List<@NotBlank @Size(max = 60) @NoFormula String> areas) {

    public ProfileUpdate {
        jobTitle = Tidy.text(jobTitle);
        team = Tidy.text(team);
        workPhone = Tidy.text(workPhone);
        mobile = Tidy.text(mobile);
        areas = Tidy.areas(areas);
    }
}
