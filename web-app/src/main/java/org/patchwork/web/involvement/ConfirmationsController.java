package org.patchwork.web.involvement;

import java.util.UUID;

import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.LegalBasis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Are you still involved?": the clients whose teams ask me to confirm my involvement (or whose legal basis is due
 * for review), answered one by one or all at once. Unanswered, a membership lapses on the date shown (the client
 * network service decides and tells the team). The alert emails link here.
 */
@Controller
class ConfirmationsController {

    private final ClientNetworkApi clientNetwork;

    ConfirmationsController(ClientNetworkApi clientNetwork) {
        this.clientNetwork = clientNetwork;
    }

    @GetMapping("/confirmations")
    String confirmations(Model model) {
        model.addAttribute("confirmations", clientNetwork.confirmations());
        model.addAttribute("bases", LegalBasis.labels());
        return "involvement/confirmations";
    }

    @PostMapping("/confirmations/{clientId}/confirm")
    String confirm(@PathVariable UUID clientId, RedirectAttributes redirect) {
        clientNetwork.confirm(clientId);
        redirect.addFlashAttribute("notice", "You confirmed that you are still involved");
        return "redirect:/confirmations";
    }

    @PostMapping("/confirmations/confirm-all")
    String confirmAll(RedirectAttributes redirect) {
        int confirmed = clientNetwork.confirmAll().confirmed();
        redirect.addFlashAttribute("notice", confirmed == 1 ? "You confirmed your involvement with 1 client"
                : "You confirmed your involvement with " + confirmed + " clients");
        return "redirect:/confirmations";
    }
}
