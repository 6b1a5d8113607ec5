package org.patchwork.directory.search;

import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds professionals and agencies for anyone allowed in the directory: it is the professionals' phonebook. */
@Service
class DirectorySearchService {

    private final DirectorySearchRepository repository;

    DirectorySearchService(DirectorySearchRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    SearchPage<ProfessionalMatch> professionals(Caller caller, ProfessionalSearch search) {
        return SearchPage.of(repository.professionals(SearchStatements.professionals(search, caller.agency())),
                search.page(), search.size());
    }

    @Transactional(readOnly = true)
    SearchPage<AgencyMatch> agencies(Caller caller, AgencySearch search) {
        return SearchPage.of(repository.agencies(SearchStatements.agencies(search, caller.agency())),
                search.page(), search.size());
    }
}
