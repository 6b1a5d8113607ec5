package org.patchwork.network.lookup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.patchwork.network.clientrecord.ClientDetails;

/**
 * Identifying details that together point at one person: the full family name and the date of birth, and
 * optionally the postcode. Nothing here can be partial.
 *
 * @param reason why the practitioner is looking for this person, kept in the audit trail
 */
public record LookupRequest(@NotBlank @Size(max = 100) String familyName,
                            @NotNull @PastOrPresent(message = "must not be in the future") LocalDate dateOfBirth,
                            @Pattern(regexp = ClientDetails.POSTCODE, message = "must be a whole UK postcode, e.g. WS13 6YY")
                            String postcode,
                            @NotBlank @Size(max = 200)
                            @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters")
                            String reason) {
}
