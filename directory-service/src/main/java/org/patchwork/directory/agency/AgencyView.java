package org.patchwork.directory.agency;

import java.util.List;

/** An agency as the directory shows it. */
public record AgencyView(String code, String name, AgencyKind kind, List<String> areas, String switchboardPhone,
                         String email, String identityProviderAlias, AgencyStatus status,
                         List<String> emailDomains, String dutyPhone, String dutyEmail) {

    public static AgencyView of(Agency agency) {
        return new AgencyView(agency.code(), agency.name(), agency.kind(), agency.areas(), agency.switchboardPhone(),
                agency.email(), agency.identityProviderAlias(), agency.status(), agency.emailDomains(),
                agency.dutyPhone(), agency.dutyEmail());
    }
}
