package org.patchwork.directory.events;

import java.util.List;

/**
 * What other services need to know about an agency (version 1 of the contract: fields may be added, never
 * renamed or removed; {@code emailDomains}, {@code identityProviderAlias}, {@code dutyPhone} and
 * {@code dutyEmail} were added). The duty contact is how the agency's staff in sensitive roles are reached: their
 * own numbers and email are not shared.
 *
 * @param emailDomains          the domains of its staff's work emails, by which the sign-in page routes them (added
 *                              to version 1)
 * @param identityProviderAlias the alias of its identity provider in realm {@code patchwork}, sent as
 *                              {@code kc_idp_hint} (added to version 1)
 */
public record AgencySummary(String code, String name, String kind, String status, List<String> areas,
                            String switchboardPhone, String email, List<String> emailDomains,
                            String identityProviderAlias, String dutyPhone, String dutyEmail) {
}
