package org.patchwork.network.involvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The client withdrew their consent, as the lead or an IG officer records it, with a short reason (no case notes). */
public record WithdrawConsent(@NotBlank @Size(max = 500)
                              @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters")
                              String reason) {
}
