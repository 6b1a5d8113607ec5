package org.patchwork.gateway.signin;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An organisation whose staff sign in through their own identity provider, as the directory lists it.
 *
 * @param idpAlias the alias of its identity provider in realm {@code patchwork} (sent as {@code kc_idp_hint})
 * @param live     whether it is live (onboarded and tested, not suspended); one being onboarded is not offered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agency(String code, String name, @JsonProperty("identityProviderAlias") String idpAlias,
                     List<String> emailDomains, boolean live) {

    public Agency {
        emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
    }

    boolean ownsEmailDomain(String domain) {
        return emailDomains.stream().anyMatch(own -> own.equalsIgnoreCase(domain.toLowerCase(Locale.ROOT)));
    }
}
