package org.patchwork.directory.professional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory/me")
@Tag(name = "My profile", description = "The signed-in professional's own directory entry")
class ProfessionalController {

    private final ProfessionalService service;

    ProfessionalController(ProfessionalService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "My profile; created from my organisation's sign-in on first use")
    ProfessionalView me(Caller caller) {
        return ProfessionalView.of(service.me(caller));
    }

    @PutMapping
    @Operation(summary = "Change my contact details and how I prefer to be contacted")
    ProfessionalView updateMe(Caller caller, @Valid @RequestBody ProfileUpdate update) {
        return ProfessionalView.of(service.updateMe(caller, update));
    }
}
