package org.patchwork.directory.events;

import java.util.List;


/**
 * What other services need to know about an agency (version 1 of the contract: fields may be added, never
 * renamed or removed).
 */
public record AgencySummary(String code, String name, String kind, String status, List<String> areas,
                            String switchboardPhone, String email) {
}
