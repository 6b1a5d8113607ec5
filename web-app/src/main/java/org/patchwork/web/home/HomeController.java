package org.patchwork.web.home;

import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.visits.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: my clients, the one nobody has seen for longest first, each with who visits next and who was
 * last in contact; the invitations waiting for me, and the way to the teams that ask whether I am still involved
 * (a link only: the listing reads and audits the clients' details, which the start page does not show). Reading my profile first also creates it on
 * a first sign-in.
 */
@Controller
class HomeController {

    private final DirectoryApi directory;
    private final ClientNetworkApi clientNetwork;

    HomeController(DirectoryApi directory, ClientNetworkApi clientNetwork) {
        this.directory = directory;
        this.clientNetwork = clientNetwork;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("me", directory.me());
        model.addAttribute("caseload", clientNetwork.caseload());
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("channels", Labels.CHANNELS);
        model.addAttribute("invitations", clientNetwork.invitations());
        return "home";
    }
}
