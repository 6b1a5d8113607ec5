package org.patchwork.directory.professional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.directory.contact.NoFormula;
import org.patchwork.directory.contact.Tidy;

/**
 * An agency administrator's decision that a member of staff's contact details must not be shared (or no longer),
 * with the reason kept in the record of such decisions.
 */
public record SensitiveRole(@NotNull Boolean sensitive, @NotBlank @Size(max = 500) @NoFormula String reason) {

    public SensitiveRole {
        reason = Tidy.text(reason);
    }
}
