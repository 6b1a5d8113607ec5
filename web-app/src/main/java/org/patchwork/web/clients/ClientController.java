package org.patchwork.web.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.api.ScheduleApi;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.visits.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The client page: the three priorities at a glance — who supports the client and how to reach them, who is
 * visiting next, who was last in contact — with the attentions raised to the team, and the team's actions.
 */
@Controller
class ClientController {

    static final int MAX_ATTENTION_LENGTH = 500;

    static final int MIN_THRESHOLD_DAYS = 1;
    static final int MAX_THRESHOLD_DAYS = 365;

    private final ClientNetworkApi clientNetwork;
    private final DirectoryApi directory;
    private final ScheduleApi schedule;

    ClientController(ClientNetworkApi clientNetwork, DirectoryApi directory, ScheduleApi schedule) {
        this.clientNetwork = clientNetwork;
        this.directory = directory;
        this.schedule = schedule;
    }

    @GetMapping("/clients/{id}")
    String client(@PathVariable UUID id, Model model) {
        ClientNetworkApi.Overview overview = clientNetwork.overview(id);
        model.addAttribute("client", overview.client());
        model.addAttribute("network", new ClientNetworkApi.Network(id, overview.network()));
        model.addAttribute("picture", TeamPicture.of(overview.network()));
        model.addAttribute("iAmLead", overview.iAmLead());
        model.addAttribute("myId", overview.myProfessionalId());
        model.addAttribute("attentions", overview.attentions());
        model.addAttribute("schedule", overview.schedule());
        model.addAttribute("visits", overview.schedule().upcomingVisits());
        model.addAttribute("contacts", overview.schedule().recentContacts());
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("channels", Labels.CHANNELS);
        if (!model.containsAttribute("attentionErrors")) {
            model.addAttribute("attentionErrors", FormErrors.none());
        }
        return "clients/client";
    }

    @PostMapping("/clients/{id}/attentions")
    String raiseAttention(@PathVariable UUID id, @Valid @ModelAttribute("attention") AttentionForm form,
                          BindingResult binding, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                clientNetwork.raiseAttention(id, new ClientNetworkApi.NewAttention(form.message().trim(),
                        form.priority()));
                redirect.addFlashAttribute("notice", "Your attention was sent to the team");
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("message", "The message"));
            }
        }
        if (errors.any()) {
            redirect.addFlashAttribute("attentionErrors", errors);
            redirect.addFlashAttribute("attentionMessage", form.message());
        }
        return "redirect:/clients/" + id + "#attentions";
    }

    @PostMapping("/clients/{id}/attentions/{attentionId}/resolve")
    String resolveAttention(@PathVariable UUID id, @PathVariable UUID attentionId, RedirectAttributes redirect) {
        try {
            clientNetwork.resolveAttention(id, attentionId);
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
        clientNetwork.removeMember(id, directory.me().id());
        redirect.addFlashAttribute("notice", "You have left the client's team");
        return "redirect:/";
    }

    /**
     * The lead removes a member, or an agency administrator in the team removes one of their own agency's staff; the
     * client network service checks which of them the caller is.
     */
    @PostMapping("/clients/{id}/members/{professionalId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID professionalId, RedirectAttributes redirect) {
        clientNetwork.removeMember(id, professionalId);
        redirect.addFlashAttribute("notice", "They are no longer in the client's team");
        return "redirect:/clients/" + id;
    }

    /**
     * The lead sets after how many days without anyone seeing the client the team is warned; the schedule service
     * checks that the caller is the lead and that the number is 1 to 365.
     */
    @PostMapping("/clients/{id}/not-seen-threshold")
    String setNotSeenThreshold(@PathVariable UUID id, @RequestParam(defaultValue = "") String days,
                               RedirectAttributes redirect) {
        Integer parsed = wholeDays(days.trim());
        if (parsed == null || parsed < MIN_THRESHOLD_DAYS || parsed > MAX_THRESHOLD_DAYS) {
            redirect.addFlashAttribute("thresholdError", "Enter a number of days from 1 to 365");
            redirect.addFlashAttribute("thresholdDays", days);
            return "redirect:/clients/" + id + "#not-seen-threshold";
        }
        try {
            schedule.setNotSeenThreshold(id, new ScheduleApi.NotSeenThreshold(parsed));
        } catch (ApiProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            redirect.addFlashAttribute("thresholdError", "Enter a number of days from 1 to 365");
            redirect.addFlashAttribute("thresholdDays", days);
            return "redirect:/clients/" + id + "#not-seen-threshold";
        }
        redirect.addFlashAttribute("notice", parsed == 1 ? "The team is warned when nobody has seen the client for a day"
                : "The team is warned when nobody has seen the client for " + parsed + " days");
        return "redirect:/clients/" + id;
    }

    private static Integer wholeDays(String days) {
        return days.matches("\\d{1,3}") ? Integer.valueOf(days) : null;
    }

    @PostMapping("/clients/{id}/lead")
    String handOverLead(@PathVariable UUID id, @Valid @ModelAttribute("lead") LeadForm form, BindingResult binding,
                        RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No colleague chosen");
        }
        clientNetwork.handOverLead(id, new ClientNetworkApi.NewLead(form.professionalId()));
        redirect.addFlashAttribute("notice", "The lead professional has changed");
        return "redirect:/clients/" + id;
    }

    @GetMapping("/clients/{id}/invite")
    String invite(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        clientNetwork.network(id);
        String terms = q == null ? "" : q.trim();
        model.addAttribute("clientId", id);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", terms.isEmpty() ? List.of()
                : directory.professionals(terms, null, null, null).items());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "clients/invite";
    }

    @PostMapping("/clients/{id}/invite")
    String sendInvitation(@PathVariable UUID id, @Valid @ModelAttribute("invitation") InvitationForm form,
                          BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasFieldErrors("professionalId")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No colleague chosen");
        }
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                clientNetwork.invite(id, new ClientNetworkApi.NewInvitation(form.professionalId(),
                        form.reason().trim()));
                redirect.addFlashAttribute("notice", "Invitation sent");
                return "redirect:/clients/" + id;
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("reason", "The reason"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:" + UriComponentsBuilder.fromPath("/clients/{id}/invite").queryParam("q", form.q())
                .encode().buildAndExpand(id).toUriString();
    }

    /** An attention to the team: {@code priority} URGENT when ticked, otherwise NORMAL. */
    record AttentionForm(
            @NotBlank(message = "Enter a message for the team")
            @Size(max = MAX_ATTENTION_LENGTH, message = "The message must be " + MAX_ATTENTION_LENGTH
                    + " characters or fewer") String message,
            String priority) {

        AttentionForm {
            message = message == null ? "" : message;
            priority = "URGENT".equals(priority) ? "URGENT" : "NORMAL";
        }
    }

    /** The form offers the team's other members only; without one the request is refused (400). */
    record LeadForm(@NotNull UUID professionalId) {
    }

    /**
     * An invitation to one colleague found by the search; without a colleague the request is refused (400).
     *
     * @param q the search the colleague was found with, to return to it when the invitation is refused */
    record InvitationForm(
            @NotNull UUID professionalId,
            @NotBlank(message = "Say why you are inviting this colleague") String reason,
            String q) {

        InvitationForm {
            reason = reason == null ? "" : reason;
            q = q == null ? "" : q;
        }
    }
}
