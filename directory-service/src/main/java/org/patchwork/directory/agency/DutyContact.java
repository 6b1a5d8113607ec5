package org.patchwork.directory.agency;

import jakarta.validation.constraints.NotBlank;
import org.patchwork.directory.contact.Tidy;
import org.patchwork.directory.contact.UkPhone;
import org.patchwork.directory.contact.WorkEmail;

/**
 * How an agency's duty worker is reached: given to colleagues in place of the own numbers and email of the agency's
 * staff in sensitive roles. The phone is required; the email is optional.
 */
public record DutyContact(@NotBlank @UkPhone String phone, @WorkEmail String email) {

    public DutyContact {
        phone = Tidy.text(phone);
        email = Tidy.text(email);
    }
}
