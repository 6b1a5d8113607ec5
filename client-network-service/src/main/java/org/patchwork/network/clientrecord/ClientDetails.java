package org.patchwork.network.clientrecord;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The identifying details of a client: deliberately no notes, free text about their case, or attachments. */
public record ClientDetails(
        @NotBlank @Size(max = 100) @Pattern(regexp = PLAIN_TEXT, message = "must not contain control characters")
        String givenName,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = ClientIdentity.FAMILY_NAME, message = ClientIdentity.FAMILY_NAME_RULE)
        String familyName,
        @Size(max = 100) @Pattern(regexp = PLAIN_TEXT, message = "must not contain control characters")
        String knownAs,
        @NotNull @PastOrPresent(message = "must not be in the future")
        @Schema(example = "2015-04-01")
        LocalDate dateOfBirth,
        @Size(max = 300) @Pattern(regexp = PLAIN_TEXT, message = "must not contain control characters")
        String address,
        @Pattern(regexp = POSTCODE, message = "must be a UK postcode, e.g. WS13 6YY")
        String postcode,
        @Size(max = 40) @Pattern(regexp = PLAIN_TEXT, message = "must not contain control characters")
        String localReference) {

    static final String PLAIN_TEXT = "^[^\\p{Cntrl}]*$";
    public static final String POSTCODE = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s?[0-9][A-Za-z]{2}\\s*$";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @AssertTrue(message = "must be a date of birth after 1900")
    @Schema(hidden = true)
    boolean isDateOfBirthPlausible() {
        return dateOfBirth == null || dateOfBirth.isAfter(EARLIEST_BIRTH);
    }
}
