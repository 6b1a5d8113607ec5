package org.patchwork.web.staff;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.patchwork.web.api.DirectoryApi;

/** The agency's duty contact as its administrator types it: a phone number (required) and an email (optional). */
record DutyContactForm(
        @NotBlank(message = "Enter the duty phone number")
        @Size(max = 20, message = "The duty phone number must be 20 characters or fewer") String phone,
        @Size(max = 254, message = "The duty email must be 254 characters or fewer") String email) {

    static final Map<String, String> LABELS = Map.of("phone", "The duty phone number", "email", "The duty email");

    static DutyContactForm of(DirectoryApi.Agency agency) {
        return new DutyContactForm(agency.dutyPhone(), agency.dutyEmail());
    }

    DirectoryApi.DutyContact toDutyContact() {
        return new DirectoryApi.DutyContact(phone.strip(), email == null || email.isBlank() ? null : email.strip());
    }
}
