package org.patchwork.web.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblem;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.LegalBasis;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answering an invitation to a client's team: accepting states the legal basis, like joining. */
@Controller
class InvitationController {

    private final ClientNetworkApi clientNetwork;

    InvitationController(ClientNetworkApi clientNetwork) {
        this.clientNetwork = clientNetwork;
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
    String accept(@PathVariable UUID id, @Valid @ModelAttribute("form") FindClientController.BasisForm form,
                  BindingResult binding, Model model) {
        ClientNetworkApi.Invitation invitation = pending(id);
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                clientNetwork.accept(id, form.toBasis());
                return "redirect:/clients/" + invitation.clientId();
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), FindClientController.BASIS_LABELS);
            }
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("errors", errors);
        return "clients/invitation";
    }

    @PostMapping("/invitations/{id}/decline")
    String decline(@PathVariable UUID id, RedirectAttributes redirect) {
        clientNetwork.decline(id);
        redirect.addFlashAttribute("notice", "You declined the invitation");
        return "redirect:/";
    }

    private ClientNetworkApi.Invitation pending(UUID id) {
        return clientNetwork.invitations().stream().filter(invitation -> invitation.id().equals(id)).findFirst()
                .orElseThrow(() -> new ApiProblemException(new ApiProblem(404, null, "Not Found",
                        "No such invitation", List.of())));
    }
}
