package org.patchwork.network.membership;

import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.professional.ProfessionalContact;

/** A caller who is a current member of the client's network, with what that membership says. */
public record ClientAccess(Client client, ProfessionalContact me, Membership membership) {

    public String basis() {
        return membership.legalBasis().name();
    }
}
