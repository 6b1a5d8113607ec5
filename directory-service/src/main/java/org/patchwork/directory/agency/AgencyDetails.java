package org.patchwork.directory.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.NoFormula;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;
import org.patchwork.directory.contact.WorkEmail;

/** What an agency's administrator keeps right about their agency: everything but its code and status. */
public record AgencyDetails(
        @NotBlank @Size(max = 120) @NoFormula String name,
        @NotNull AgencyKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 60) @NoFormula String> areas,
        @UkPhone String switchboardPhone,
        @WorkEmail String email) {

    public AgencyDetails {
        name = Tidy.text(name);
        areas = Tidy.areas(areas);
        switchboardPhone = Tidy.text(switchboardPhone);
        email = Tidy.text(email);
    }
}
