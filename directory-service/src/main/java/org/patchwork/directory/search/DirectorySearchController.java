package org.patchwork.directory.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.agency.AgencyKind;
import org.patchwork.directory.professional.SearchPage;
import org.patchwork.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Search", description = "Find professionals and agencies; those in your own agency's areas first")
class DirectorySearchController {

    static final int MAX_PAGE = 500;
    static final int MAX_SIZE = 100;

    private final DirectorySearchService service;

    DirectorySearchController(DirectorySearchService service) {
        this.service = service;
    }

    @GetMapping("/professionals")
    @Operation(summary = "Find professionals by name, role, team or agency name; tolerant of typos")
    SearchPage<ProfessionalMatch> professionals(
            Caller caller,
            @Parameter(description = "words to look for, e.g. 'district nurse' or a name")
            @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "agency code") @RequestParam(required = false) @Size(max = 64) String agency,
            @RequestParam(required = false) AgencyKind kind,
            @Parameter(description = "part of the job title, e.g. 'nurse'")
            @RequestParam(required = false) @Size(max = 120) String role,
            @Parameter(description = "an area they cover, e.g. 'Burntwood'")
            @RequestParam(required = false) @Size(max = 60) String area,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size) {
        return service.professionals(caller,
                new ProfessionalSearch(SearchTerms.of(q), agency, kind, role, area, page, size));
    }

    @GetMapping("/agencies")
    @Operation(summary = "List or find agencies by name, kind and area")
    SearchPage<AgencyMatch> agencies(
            Caller caller,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) AgencyKind kind,
            @RequestParam(required = false) @Size(max = 60) String area,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size) {
        return service.agencies(caller, new AgencySearch(SearchTerms.of(q), kind, area, page, size));
    }
}
