package org.patchwork.notification.preference;

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
@RequestMapping("/api/me/notification-preferences")
@Tag(name = "Preferences", description = "How and when the signed-in professional is alerted")
class PreferenceController {

    private final PreferenceService service;

    PreferenceController(PreferenceService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "My alert preferences (defaults until I change them)")
    PreferencesView get(Caller caller) {
        return service.of(caller);
    }

    @PutMapping
    @Operation(summary = "Replace my alert preferences; kinds of alert left out keep their defaults")
    PreferencesView put(Caller caller, @Valid @RequestBody UpdatePreferences update) {
        return service.update(caller, update);
    }
}
