package org.patchwork.directory.search;

import java.util.StringJoiner;

import org.patchwork.directory.professional.SearchPage;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds professionals and agencies for anyone allowed in the directory: it is the professionals' phonebook. Each
 * search counts against the searcher's limits and is recorded in the read audit.
 */
@Service
class DirectorySearchService {

    private final DirectorySearchRepository repository;
    private final SearchLimits limits;
    private final ReadAudit audit;

    DirectorySearchService(DirectorySearchRepository repository, SearchLimits limits, ReadAudit audit) {
        this.repository = repository;
        this.limits = limits;
        this.audit = audit;
    }

    @Transactional
    SearchPage<ProfessionalMatch> professionals(Caller caller, ProfessionalSearch search) {
        limits.acquire(caller);
        SearchPage<ProfessionalMatch> found = SearchPage.of(
                repository.professionals(SearchStatements.professionals(search, caller.agency())),
                search.page(), search.size());
        audit.record(caller, "PROFESSIONALS_SEARCHED", criteria("q", search.terms().text(), "agency",
                search.agency(), "kind", search.kind(), "role", search.role(), "area", search.area(),
                "page", search.page(), "size", search.size()), found.items().size());
        return found;
    }

    @Transactional
    SearchPage<AgencyMatch> agencies(Caller caller, AgencySearch search) {
        limits.acquire(caller);
        SearchPage<AgencyMatch> found = SearchPage.of(
                repository.agencies(SearchStatements.agencies(search, caller.agency())), search.page(), search.size());
        audit.record(caller, "AGENCIES_SEARCHED", criteria("q", search.terms().text(), "kind", search.kind(),
                "area", search.area(), "page", search.page(), "size", search.size()), found.items().size());
        return found;
    }

    /** The given names and values, those with a value only, as {@code name=value} separated by spaces. */
    private static String criteria(Object... namesAndValues) {
        StringJoiner criteria = new StringJoiner(" ");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                criteria.add(namesAndValues[i] + "=" + value);
            }
        }
        return criteria.toString();
    }
}
