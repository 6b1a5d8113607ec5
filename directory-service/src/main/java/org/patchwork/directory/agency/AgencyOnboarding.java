package org.patchwork.directory.agency;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.NoFormula;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;
import org.patchwork.directory.contact.WorkEmail;

/**
 * An agency joining the data sharing agreement with its own identity provider, in one sitting: what it is, the email
 * domains of its staff, and how Keycloak brokers their sign-in. Its identity provider's alias in realm
 * {@code patchwork} is its code.
 */
public record AgencyOnboarding(
        @NotBlank @Pattern(regexp = AgencyRegistration.CODE, message = AgencyRegistration.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 120) @NoFormula String name,
        @NotNull AgencyKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 60) @NoFormula String> areas,
        @UkPhone String switchboardPhone,
        @WorkEmail String email,
        @NotEmpty @Size(max = 20) List<@NotBlank @EmailDomain String> emailDomains,
        @NotNull @Valid IdentityProviderSettings identityProvider) {

    public AgencyOnboarding {
        code = Tidy.text(code);
        name = Tidy.text(name);
        areas = Tidy.areas(areas);
        switchboardPhone = Tidy.text(switchboardPhone);
        email = Tidy.text(email);
        emailDomains = Tidy.emailDomains(emailDomains);
    }

    Agency toAgency() {
        return new Agency(code, name, kind, areas, switchboardPhone, email, code, AgencyStatus.ONBOARDING,
                emailDomains, null, null);
    }
}
