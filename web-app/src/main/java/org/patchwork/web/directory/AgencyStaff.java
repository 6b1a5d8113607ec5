package org.patchwork.web.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.patchwork.web.config.Services;
import org.springframework.stereotype.Component;

/**
 * An agency's staff by name. Its administrators page through them, current staff or leavers, with the directory's
 * staff list; an IG officer's choice list of current staff comes from the directory's search filtered to the
 * agency.
 */
@Component
public class AgencyStaff {

    public static final int PAGE_SIZE = 50;
    static final int DIRECTORY_MAX_SIZE = 100;
    static final int MAX_LISTED = 1000;

    private final Services services;

    AgencyStaff(Services services) {
        this.services = services;
    }

    /** A page of the agency's current staff, or of those who have left: for the agency's administrators. */
    public Page page(String agency, int page, boolean left) {
        if (agency == null || agency.isBlank()) {
            return new Page(List.of(), page, PAGE_SIZE, false);
        }
        return services.directory().get()
                .uri(uri -> uri.path("/api/directory/agencies/{code}/staff")
                        .queryParam("status", left ? "LEFT" : "ACTIVE")
                        .queryParam("page", page).queryParam("size", PAGE_SIZE).build(agency))
                .retrieve().body(Page.class);
    }

    /** Everyone, up to {@value #MAX_LISTED}: enough for any one agency's choice list. */
    public List<Member> all(String agency) {
        List<Member> everyone = new ArrayList<>();
        Page page = page(agency, 0, DIRECTORY_MAX_SIZE);
        everyone.addAll(page.items());
        while (page.hasNext() && everyone.size() < MAX_LISTED) {
            page = page(agency, page.page() + 1, DIRECTORY_MAX_SIZE);
            everyone.addAll(page.items());
        }
        return everyone;
    }

    private Page page(String agency, int page, int size) {
        if (agency == null || agency.isBlank()) {
            // Without an agency the directory's filter would not filter: nobody is "my agency's staff".
            return new Page(List.of(), page, size, false);
        }
        return services.directory().get()
                .uri(uri -> uri.path("/api/directory/professionals").queryParam("agency", agency)
                        .queryParam("page", page).queryParam("size", size).build())
                .retrieve().body(Page.class);
    }

    public record Page(List<Member> items, int page, int size, boolean hasNext) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** @param lastActiveAt when they last used Patchwork; {@code null} when never (or not known to the search) */
    public record Member(UUID id, String name, String jobTitle, String team, String email, String workPhone,
                         String mobile, String preferredContact, String status, java.time.Instant lastActiveAt) {
    }
}
