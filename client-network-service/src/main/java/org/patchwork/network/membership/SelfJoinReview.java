package org.patchwork.network.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An IG officer's conclusion on a self-join, with a short note (no case notes). */
public record SelfJoinReview(@NotNull Outcome outcome,
                             @Size(max = 500) @Pattern(regexp = "^[^\\p{Cntrl}]*$",
                                     message = "must not contain control characters") String note) {

    public enum Outcome {
        /** The stated reason and basis justified joining. */
        APPROPRIATE,
        /** The join needs following up with the professional or their manager. */
        CONCERN
    }
}
