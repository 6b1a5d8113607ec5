package org.patchwork.network.membership;

/** Why a professional may hold a client's details; IG officers review it. */
public enum LegalBasis {
    CONSENT, SAFEGUARDING_DUTY, OTHER_STATUTORY_DUTY
}
