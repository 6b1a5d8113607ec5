package org.patchwork.directory.agency;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Onboarding", description = "Agencies joining with their own identity provider")
class OnboardingController {

    private final OnboardingService service;

    OnboardingController(OnboardingService service) {
        this.service = service;
    }

    @PostMapping("/api/directory/onboarding")
    @Operation(summary = "Onboard an agency with its identity provider, not yet live (platform administrators)")
    ResponseEntity<OnboardingView> onboard(Caller caller, @Valid @RequestBody AgencyOnboarding onboarding) {
        OnboardingView view = service.onboard(caller, onboarding);
        return ResponseEntity.created(URI.create("/api/directory/onboarding/" + view.agency().code())).body(view);
    }

    @GetMapping("/api/directory/onboarding")
    @Operation(summary = "Agencies being onboarded, not yet live (platform administrators)")
    List<AgencyView> beingOnboarded(Caller caller) {
        return service.beingOnboarded(caller);
    }

    @GetMapping("/api/directory/onboarding/{code}")
    @Operation(summary = "An agency's identity provider settings (never its secret) and test sign-in"
            + " (platform administrators)")
    OnboardingView get(Caller caller, @PathVariable String code) {
        return service.get(caller, code);
    }

    @PutMapping("/api/directory/onboarding/{code}/identity-provider")
    @Operation(summary = "Change an agency's identity provider or email domains: a rotated secret or certificate, a"
            + " new domain (platform administrators)")
    OnboardingView change(Caller caller, @PathVariable String code, @Valid @RequestBody IdentityProviderChange change) {
        return service.changeIdentityProvider(caller, code, change);
    }

    @PostMapping("/api/directory/onboarding/{code}/go-live")
    @Operation(summary = "Make an agency live once a test sign-in succeeded (platform administrators)")
    OnboardingView goLive(Caller caller, @PathVariable String code) {
        return service.goLive(caller, code);
    }

    @GetMapping("/api/directory/sign-in/agencies")
    @Operation(summary = "The agencies whose staff may sign in, for the gateway's sign-in page (public)")
    List<SignInAgency> signInAgencies() {
        return service.signInAgencies();
    }
}
