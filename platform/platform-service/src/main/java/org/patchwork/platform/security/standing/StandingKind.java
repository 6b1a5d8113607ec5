package org.patchwork.platform.security.standing;

/** What a standing is of: a professional (keyed by Keycloak subject) or an agency (keyed by code). */
enum StandingKind {
    PROFESSIONAL, AGENCY
}
