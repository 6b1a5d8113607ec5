package org.patchwork.gateway.signin;

import java.util.List;
import java.util.Locale;

/** An onboarded organisation whose staff sign in through their own identity provider. */
public record Agency(String code, String name, String type, String protocol, String idpAlias,
                     List<String> emailDomains) {

    boolean ownsEmailDomain(String domain) {
        return emailDomains.stream().anyMatch(own -> own.equalsIgnoreCase(domain.toLowerCase(Locale.ROOT)));
    }
}
