package org.patchwork.web.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client page: the three priorities at a glance — who supports the client and how to reach them, who is
 * visiting next, who was last in contact — with the attentions raised to the team, and the team's actions.
 */
@Controller
class ClientController {

    private final Services services;

    ClientController(Services services) {
        this.services = services;
    }

    @GetMapping("/clients/{id}")
    String client(@PathVariable UUID id, Model model) {
        Api.Overview overview = services.clientNetwork().get().uri("/api/clients/{id}/overview", id)
                .retrieve().body(Api.Overview.class);
        UUID myId = me().id();
        model.addAttribute("client", overview.client());
        model.addAttribute("network", new Api.Network(id, overview.network()));
        model.addAttribute("picture", TeamPicture.of(overview.network()));
        model.addAttribute("iAmLead", overview.network().stream()
                .anyMatch(member -> member.isLead() && member.professionalId().equals(myId)));
        model.addAttribute("myId", myId);
        model.addAttribute("attentions", overview.attentions());
        model.addAttribute("schedule", overview.schedule());
        model.addAttribute("visits", overview.schedule().upcomingVisits());
        model.addAttribute("contacts", overview.schedule().recentContacts());
        model.addAttribute("kinds", org.patchwork.web.visits.Labels.KINDS);
        model.addAttribute("channels", org.patchwork.web.visits.Labels.CHANNELS);
        if (!model.containsAttribute("attentionErrors")) {
            model.addAttribute("attentionErrors", FormErrors.none());
        }
        return "clients/client";
    }

    @PostMapping("/clients/{id}/attentions")
    String raiseAttention(@PathVariable UUID id, @RequestParam(defaultValue = "") String message,
                          @RequestParam(defaultValue = "NORMAL") String priority, RedirectAttributes redirect) {
        try {
            services.clientNetwork().post().uri("/api/clients/{id}/attentions", id)
                    .body(Map.of("message", message.trim(), "priority", priority)).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "Your attention was sent to the team");
        } catch (ApiProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            redirect.addFlashAttribute("attentionErrors", FormErrors.none().addAll(refused.problem(),
                    Map.of(), Map.of("message", "The message")));
            redirect.addFlashAttribute("attentionMessage", message);
        }
        return "redirect:/clients/" + id + "#attentions";
    }

    @PostMapping("/clients/{id}/attentions/{attentionId}/resolve")
    String resolveAttention(@PathVariable UUID id, @PathVariable UUID attentionId, RedirectAttributes redirect) {
        try {
            services.clientNetwork().post().uri("/api/clients/{id}/attentions/{attentionId}/resolve", id, attentionId)
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "The attention is marked as dealt with");
        } catch (ApiProblemException refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "Someone in the team has already marked it as dealt with");
        }
        return "redirect:/clients/" + id + "#attentions";
    }

    @PostMapping("/clients/{id}/leave")
    String leave(@PathVariable UUID id, RedirectAttributes redirect) {
        services.clientNetwork().delete().uri("/api/clients/{id}/network/members/{me}", id, me().id())
                .retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "You have left the client's team");
        return "redirect:/";
    }

    @PostMapping("/clients/{id}/lead")
    String handOverLead(@PathVariable UUID id, @RequestParam UUID professionalId, RedirectAttributes redirect) {
        services.clientNetwork().post().uri("/api/clients/{id}/network/lead", id)
                .body(Map.of("professionalId", professionalId)).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "The lead professional has changed");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/clients/{id}/invite")
    String invite(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        services.clientNetwork().get().uri("/api/clients/{id}/network", id).retrieve().toBodilessEntity();
        model.addAttribute("clientId", id);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : services.directory().get()
                .uri(uri -> uri.path("/api/directory/professionals").queryParam("q", q.trim()).build())
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<Api.Page<Api.ProfessionalMatch>>() {
                }).items());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : FormErrors.none());
        return "clients/invite";
    }

    @PostMapping("/clients/{id}/invite")
    String sendInvitation(@PathVariable UUID id, @RequestParam UUID professionalId,
                          @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String q,
                          RedirectAttributes redirect) {
        try {
            services.clientNetwork().post().uri("/api/clients/{id}/invitations", id)
                    .body(Map.of("professionalId", professionalId, "reason", reason.trim()))
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "Invitation sent");
            return "redirect:/clients/" + id;
        } catch (ApiProblemException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("errors", FormErrors.none().addAll(refused.problem(),
                    Map.of(), Map.of("reason", "The reason")));
            return "redirect:/clients/" + id + "/invite?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Api.Me me() {
        return services.directory().get().uri("/api/directory/me").retrieve().body(Api.Me.class);
    }
}
