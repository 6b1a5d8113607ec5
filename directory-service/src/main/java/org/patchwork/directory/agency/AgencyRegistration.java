package org.patchwork.directory.agency;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;
import org.patchwork.directory.contact.WorkEmail;

/**
 * An agency joining the data sharing agreement.
 *
 * @param identityProviderAlias the alias of its identity provider in Keycloak; the code when not given
 */
public record AgencyRegistration(
        @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 120) String name,
        @NotNull AgencyKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> areas,
        @UkPhone String switchboardPhone,
        @WorkEmail String email,
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String identityProviderAlias) {

    static final String CODE = "^[a-z0-9][a-z0-9-]{1,63}$";
    static final String CODE_MESSAGE = "must be 2 to 64 lower-case letters, digits or '-', e.g. lichfield-dc";

    public AgencyRegistration {
        code = Tidy.text(code);
        name = Tidy.text(name);
        areas = Tidy.areas(areas);
        switchboardPhone = Tidy.text(switchboardPhone);
        email = Tidy.text(email);
        identityProviderAlias = Tidy.text(identityProviderAlias);
    }

    Agency toAgency() {
        return new Agency(code, name, kind, areas, switchboardPhone, email,
                identityProviderAlias == null ? code : identityProviderAlias, AgencyStatus.ONBOARDED, List.of(), null,
                null);
    }
}
