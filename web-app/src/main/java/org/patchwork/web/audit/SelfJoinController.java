package org.patchwork.web.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.patchwork.web.clients.LegalBasis;
import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.OrderedLabels;
import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    private final Services services;

    SelfJoinController(Services services) {
        this.services = services;
    }

    @ModelAttribute("outcomes")
    Map<String, String> outcomes() {
        return OUTCOMES;
    }

    @ModelAttribute("bases")
    Map<String, String> bases() {
        return Arrays.stream(LegalBasis.values()).collect(Collectors.toMap(Enum::name,
                LegalBasis::label));
    }

    @GetMapping("/audit/self-joins")
    String selfJoins(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("selfJoins", list(all));
        return "audit/self-joins";
    }

    @GetMapping("/audit/self-joins/{membershipId}")
    String selfJoin(@PathVariable UUID membershipId, Model model) {
        model.addAttribute("selfJoin", find(membershipId));
        model.addAttribute("form", new ReviewForm("", ""));
        model.addAttribute("errors", FormErrors.none());
        return "audit/self-join";
    }

    @PostMapping("/audit/self-joins/{membershipId}")
    String review(@PathVariable UUID membershipId, @ModelAttribute("form") ReviewForm form, Model model,
                  RedirectAttributes redirect) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                services.clientNetwork().post().uri("/api/audit/self-joins/{id}/review", membershipId)
                        .body(form.toJson()).retrieve().toBodilessEntity();
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
        model.addAttribute("selfJoin", find(membershipId));
        model.addAttribute("errors", errors);
        return "audit/self-join";
    }

    private List<SelfJoin> list(boolean all) {
        return Arrays.asList(services.clientNetwork().get()
                .uri(uri -> uri.path("/api/audit/self-joins").queryParam("awaitingReview", !all).build())
                .retrieve().body(SelfJoin[].class));
    }

    private SelfJoin find(UUID membershipId) {
        return services.clientNetwork().get().uri("/api/audit/self-joins/{id}", membershipId)
                .retrieve().body(SelfJoin.class);
    }

    /**
     * A self-join as the client network service reports it.
     *
     * @param officersOwn the signed-in officer made it: another officer reviews it (absent from older answers)
     */
    record SelfJoin(UUID membershipId, UUID clientId, UUID professionalId, String professionalName, String jobTitle,
                    String agency, String legalBasis, String reason, Instant joinedAt, Instant endedAt,
                    Instant reviewedAt, String outcome, String note, Boolean officersOwn) {

        SelfJoin {
            officersOwn = Boolean.TRUE.equals(officersOwn);
        }
    }

    record ReviewForm(String outcome, String note) {

        ReviewForm {
            outcome = Objects.toString(outcome, "");
            note = Objects.toString(note, "");
        }

        FormErrors check() {
            FormErrors errors = FormErrors.none();
            if (!OUTCOMES.containsKey(outcome)) {
                errors.add("outcome", "Choose whether the self-join was appropriate or a concern");
            }
            if (note.strip().length() > 500) {
                errors.add("note", "The note must be 500 characters or fewer");
            }
            return errors;
        }

        Map<String, Object> toJson() {
            return note.isBlank() ? Map.of("outcome", outcome) : Map.of("outcome", outcome, "note", note.strip());
        }
    }
}
