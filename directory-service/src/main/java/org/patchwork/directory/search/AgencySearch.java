package org.patchwork.directory.search;

import org.patchwork.directory.agency.AgencyKind;

/** A search of the agencies by name, with filters that must all hold. Blank filters do not filter. */
public record AgencySearch(SearchTerms terms, AgencyKind kind, String area, int page, int size) {
}
