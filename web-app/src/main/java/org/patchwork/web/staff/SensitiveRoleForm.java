package org.patchwork.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member of staff's role is flagged as sensitive, or no longer: kept in the directory's record of it. */
record SensitiveRoleForm(
        @NotBlank(message = "Enter the reason")
        @Size(max = 500, message = "The reason must be 500 characters or fewer") String reason) {
}
