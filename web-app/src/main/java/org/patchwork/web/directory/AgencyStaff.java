package org.patchwork.web.directory;

import java.util.ArrayList;
import java.util.List;

import org.patchwork.web.api.DirectoryApi;
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

    private final DirectoryApi directory;

    AgencyStaff(DirectoryApi directory) {
        this.directory = directory;
    }

    /** A page of the agency's current staff, or of those who have left: for the agency's administrators. */
    public DirectoryApi.Page<DirectoryApi.StaffMember> page(String agency, int page, boolean left) {
        if (agency == null || agency.isBlank()) {
            return DirectoryApi.Page.empty(page, PAGE_SIZE);
        }
        return directory.staff(agency, left ? "LEFT" : "ACTIVE", page, PAGE_SIZE);
    }

    /** Everyone, up to {@value #MAX_LISTED}: enough for any one agency's choice list. */
    public List<DirectoryApi.Professional> all(String agency) {
        if (agency == null || agency.isBlank()) {
            // Without an agency the directory's filter would not filter: nobody is "my agency's staff".
            return List.of();
        }
        List<DirectoryApi.Professional> everyone = new ArrayList<>();
        DirectoryApi.Page<DirectoryApi.Professional> page = directory.professionals(null, agency, 0,
                DIRECTORY_MAX_SIZE);
        everyone.addAll(page.items());
        while (page.hasNext() && everyone.size() < MAX_LISTED) {
            page = directory.professionals(null, agency, page.page() + 1, DIRECTORY_MAX_SIZE);
            everyone.addAll(page.items());
        }
        return everyone;
    }
}
