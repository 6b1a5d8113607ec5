package org.patchwork.directory.professional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a professional may change about themselves. Email and agency come from their organisation's identity
 * provider and are not edited here.
 */
public record ProfileUpdate(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String jobTitle,
        @Size(max = 120) String team,
        @Pattern(regexp = PHONE, message = "must be a UK phone number, e.g. 01543 308000") String workPhone,
        @Pattern(regexp = PHONE, message = "must be a UK phone number, e.g. 07700 900123") String mobile,
        @NotNull PreferredContact preferredContact) {

    static final String PHONE = "^(\\+44\\s?|0)[0-9 ]{9,13}$";
}
