package org.patchwork.web.api;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Why a professional may be involved with a client, as practitioners choose it. */
public enum LegalBasis {
    CONSENT("The client (or their parent or carer) has given consent"),
    SAFEGUARDING_DUTY("Safeguarding duty"),
    OTHER_STATUTORY_DUTY("Another statutory duty");

    private final String label;

    LegalBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Each basis's label by its name, as the services' answers name it. */
    public static Map<String, String> labels() {
        return Arrays.stream(values()).collect(Collectors.toMap(Enum::name, LegalBasis::label));
    }
}
