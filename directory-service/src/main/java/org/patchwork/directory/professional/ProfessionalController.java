package org.patchwork.directory.professional;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.patchwork.platform.security.standing.StandingRefusals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory")
@Tag(name = "Professionals", description = "The signed-in professional's own entry, and any professional's")
class ProfessionalController {

    private final ProfessionalService service;

    ProfessionalController(ProfessionalService service) {
        this.service = service;
    }

    @GetMapping("/me")
    @Operation(summary = "My profile; created from my organisation's sign-in on first use, or linked to the entry"
            + " my agency's administrator made for me")
    ProfessionalView me(Caller caller) {
        Professional me = service.me(caller);
        if (me.hasLeft()) {
            // Signing in for the first time after being marked as left links the entry (and tells the other
            // services whose subject that is) and ends there.
            throw StandingRefusals.professionalLeft();
        }
        return ProfessionalView.of(me);
    }

    @PutMapping("/me")
    @Operation(summary = "Change my contact details, the areas I cover and how I prefer to be contacted")
    ProfessionalView updateMe(Caller caller, @Valid @RequestBody ProfileUpdate update) {
        return ProfessionalView.of(service.updateMe(caller, update));
    }

    @GetMapping("/professionals/{id}")
    @Operation(summary = "One professional: role, agency and how to reach them; when they were last active only to "
            + "their own agency, and someone who left only to their own agency (404 to others); for a sensitive role,"
            + " their agency's duty contact instead of their own details")
    ProfessionalView professional(Caller caller, @PathVariable UUID id) {
        return service.seenBy(caller, id);
    }
}
