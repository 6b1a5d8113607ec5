package org.patchwork.directory.events;

import java.util.List;


/**
 * What other services need to know about an agency (version 1 of the contract: fields may be added, never
 * renamed or removed; {@code dutyPhone} and {@code dutyEmail} were added). The duty contact is how the agency's
 * staff in sensitive roles are reached: their own numbers and email are not shared.
 */
public record AgencySummary(String code, String name, String kind, String status, List<String> areas,
                            String switchboardPhone, String email, String dutyPhone, String dutyEmail) {
}
