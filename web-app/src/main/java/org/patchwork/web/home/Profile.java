package org.patchwork.web.home;

import java.util.UUID;

/** The signed-in professional's directory entry, as the directory's API returns it. */
public record Profile(UUID id, String agency, String name, String jobTitle, String team,
                      String workPhone, String mobile, String email, String preferredContact) {
}
