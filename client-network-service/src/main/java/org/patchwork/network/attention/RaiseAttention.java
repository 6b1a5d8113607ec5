package org.patchwork.network.attention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A short message to the team, not a case note: at most 500 characters. */
public record RaiseAttention(@NotBlank @Size(max = 500)
                             @Pattern(regexp = "^[^\\p{Cntrl}&&[^\\n]]*$", message = "must not contain control characters")
                             String message,
                             @NotNull Priority priority) {
}
