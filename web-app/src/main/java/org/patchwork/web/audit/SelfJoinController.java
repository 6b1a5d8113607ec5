package org.patchwork.web.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.LegalBasis;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.OrderedLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The information governance officer's review of self-joins (break-glass): their own organisation's staff who
 * added themselves to a client's team, with the basis and reason they gave. The officer records once whether it
 * was appropriate or a concern. Client details are never shown: the client's reference leads to the audit.
 */
@Controller
class SelfJoinController {

    static final Map<String, String> OUTCOMES = OrderedLabels.of("APPROPRIATE", "Appropriate",
            "CONCERN", "A concern to follow up");

    static final int MAX_NOTE_LENGTH = 500;

    private final ClientNetworkApi clientNetwork;

    SelfJoinController(ClientNetworkApi clientNetwork) {
        this.clientNetwork = clientNetwork;
    }

    @ModelAttribute("outcomes")
    Map<String, String> outcomes() {
        return OUTCOMES;
    }

    @ModelAttribute("bases")
    Map<String, String> bases() {
        return LegalBasis.labels();
    }

    @GetMapping("/audit/self-joins")
    String selfJoins(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("selfJoins", clientNetwork.selfJoins(!all));
        return "audit/self-joins";
    }

    @GetMapping("/audit/self-joins/{membershipId}")
    String selfJoin(@PathVariable UUID membershipId, Model model) {
        model.addAttribute("selfJoin", clientNetwork.selfJoin(membershipId));
        model.addAttribute("form", new ReviewForm("", ""));
        model.addAttribute("errors", FormErrors.none());
        return "audit/self-join";
    }

    @PostMapping("/audit/self-joins/{membershipId}")
    String review(@PathVariable UUID membershipId, @Valid @ModelAttribute("form") ReviewForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                clientNetwork.review(membershipId, form.toReview());
                redirect.addFlashAttribute("notice", "Your review was recorded");
                return "redirect:/audit/self-joins";
            } catch (ApiProblemException refused) {
                if (refused.status() == 409) {
                    redirect.addFlashAttribute("notice", "This self-join had already been reviewed");
                    return "redirect:/audit/self-joins?all=true";
                }
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("outcome", "The outcome", "note", "The note"));
            }
        }
        model.addAttribute("selfJoin", clientNetwork.selfJoin(membershipId));
        model.addAttribute("errors", errors);
        return "audit/self-join";
    }

    /** An officer's review: the outcome, and a note when they write one. */
    record ReviewForm(
            @Pattern(regexp = "APPROPRIATE|CONCERN",
                    message = "Choose whether the self-join was appropriate or a concern") String outcome,
            @Size(max = MAX_NOTE_LENGTH, message = "The note must be " + MAX_NOTE_LENGTH + " characters or fewer")
            String note) {

        ReviewForm {
            outcome = Objects.toString(outcome, "");
            note = Objects.toString(note, "").strip();
        }

        ClientNetworkApi.Review toReview() {
            return new ClientNetworkApi.Review(outcome, note.isEmpty() ? null : note);
        }
    }
}
