package org.patchwork.web.home;

import org.patchwork.web.clients.Api;
import org.patchwork.web.visits.Labels;
import java.util.List;

import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: my clients, the one nobody has seen for longest first, each with who visits next and who was
 * last in contact; and the invitations waiting for me. Reading my profile first also creates it on
 * a first sign-in.
 */
@Controller
class HomeController {

    private final Services services;

    HomeController(Services services) {
        this.services = services;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("me", services.directory().get().uri("/api/directory/me").retrieve().body(Profile.class));
        model.addAttribute("caseload", services.clientNetwork().get().uri("/api/me/clients")
                .retrieve().body(Api.Caseload.class));
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("channels", Labels.CHANNELS);
        model.addAttribute("invitations", List.of(services.clientNetwork().get().uri("/api/me/invitations")
                .retrieve().body(InvitationRow[].class)));
        return "home";
    }

    record InvitationRow(java.util.UUID id, String clientInitials, int clientYearOfBirth, String invitedByName,
                         String invitedByAgency, String reason, java.time.Instant expiresAt) {
    }
}
