package org.patchwork.network.lookup;

import java.util.UUID;

/**
 * Just enough to recognise the person before joining their network: never their name, address or team.
 *
 * @param clientId         what to join with
 * @param agenciesInvolved how many agencies currently support them
 */
public record LookupCandidate(UUID clientId, String givenNameInitial, int yearOfBirth, String postcodeDistrict,
                              int agenciesInvolved, boolean alreadyMyClient) {
}
