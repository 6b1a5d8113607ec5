package org.patchwork.web.clients;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answering an invitation to a client's team: accepting states the legal basis, like joining. */
@Controller
class InvitationController {

    private final Services services;

    InvitationController(Services services) {
        this.services = services;
    }

    @ModelAttribute("legalBases")
    LegalBasis[] legalBases() {
        return LegalBasis.values();
    }

    @GetMapping("/invitations/{id}")
    String invitation(@PathVariable UUID id, Model model) {
        model.addAttribute("invitation", pending(id));
        model.addAttribute("form", new FindClientController.BasisForm("", "", DateFields.empty()));
        model.addAttribute("errors", FormErrors.none());
        return "clients/invitation";
    }

    @PostMapping("/invitations/{id}/accept")
    String accept(@PathVariable UUID id, @ModelAttribute("form") FindClientController.BasisForm form, Model model) {
        Api.Invitation invitation = pending(id);
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                services.clientNetwork().post().uri("/api/invitations/{id}/accept", id).body(form.toJson())
                        .retrieve().toBodilessEntity();
                return "redirect:/clients/" + invitation.clientId();
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("legalBasis", "Legal basis", "reason", "Reason"));
            }
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("errors", errors);
        return "clients/invitation";
    }

    @PostMapping("/invitations/{id}/decline")
    String decline(@PathVariable UUID id, RedirectAttributes redirect) {
        services.clientNetwork().post().uri("/api/invitations/{id}/decline", id).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "You declined the invitation");
        return "redirect:/";
    }

    private Api.Invitation pending(UUID id) {
        return Arrays.stream(services.clientNetwork().get().uri("/api/me/invitations").retrieve()
                        .body(Api.Invitation[].class))
                .filter(invitation -> invitation.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiProblemException(new org.patchwork.web.config.ApiProblem(404, null,
                        "Not Found", "No such invitation", java.util.List.of())));
    }
}
