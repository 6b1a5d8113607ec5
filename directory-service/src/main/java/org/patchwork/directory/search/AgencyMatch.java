package org.patchwork.directory.search;

import java.util.List;

import org.patchwork.directory.agency.AgencyKind;
import org.patchwork.directory.agency.AgencyStatus;

/**
 * An agency found in the directory.
 *
 * @param localArea whether it covers one of the areas the searcher's own agency covers
 */
public record AgencyMatch(String code, String name, AgencyKind kind, List<String> areas, String switchboardPhone,
                          String email, AgencyStatus status, boolean localArea) {
}
