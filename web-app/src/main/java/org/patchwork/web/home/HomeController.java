package org.patchwork.web.home;

import java.util.Arrays;
import java.util.List;

import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: my clients and the invitations waiting for me. Reading my profile first also creates it on
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
        model.addAttribute("clients", Arrays.asList(services.clientNetwork().get().uri("/api/me/clients")
                .retrieve().body(MyClientRow[].class)));
        model.addAttribute("invitations", List.of(services.clientNetwork().get().uri("/api/me/invitations")
                .retrieve().body(InvitationRow[].class)));
        return "home";
    }

    record MyClientRow(java.util.UUID id, String givenName, String familyName, String knownAs,
                       java.time.LocalDate dateOfBirth, String myRole) {
    }

    record InvitationRow(java.util.UUID id, String clientInitials, int clientYearOfBirth, String invitedByName,
                         String invitedByAgency, String reason, java.time.Instant expiresAt) {
    }
}
