package org.patchwork.web.home;

/** Who is signed in, for the page banner: their profile and their organisation's name. */
public record Me(Profile profile, String agencyName) {

    public String name() {
        return profile.name();
    }
}
