package org.patchwork.directory.search;

import org.patchwork.directory.agency.AgencyKind;

/**
 * A search of the directory's professionals: words to match against names, roles, teams and agency names, and
 * filters that must all hold. Blank filters do not filter.
 */
public record ProfessionalSearch(SearchTerms terms, String agency, AgencyKind kind, String role, String area,
                                 int page, int size) {
}
