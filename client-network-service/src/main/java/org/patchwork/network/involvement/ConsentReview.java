package org.patchwork.network.involvement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An IG officer's conclusion on a membership that continued after the client withdrew consent, with a short note
 * (no case notes).
 */
public record ConsentReview(@NotNull Outcome outcome,
                            @Size(max = 500) @Pattern(regexp = "^[^\\p{Cntrl}]*$",
                                    message = "must not contain control characters") String note) {

    public enum Outcome {
        /** The statutory basis recorded justifies continuing without the client's consent. */
        BASIS_HOLDS,
        /** It needs following up with the professional or their manager. */
        CONCERN
    }
}
