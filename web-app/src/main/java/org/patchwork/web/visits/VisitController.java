package org.patchwork.web.visits;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a visit, changing it or recording how it went, and recording a contact that happened. */
@Controller
class VisitController {

    private static final Map<String, String> VISIT_FIELDS = Map.of("startsAt", "when", "durationMinutes", "duration",
            "visitorProfessionalId", "visitor");
    private static final Map<String, String> VISIT_LABELS = Map.of("when", "The date and time", "duration",
            "The expected duration", "kind", "The kind of visit", "purpose", "The purpose", "visitor", "The visitor");

    private final Services services;

    VisitController(Services services) {
        this.services = services;
    }

    @ModelAttribute("kinds")
    Map<String, String> kindsModel() {
        return Labels.KINDS;
    }

    @ModelAttribute("channels")
    Map<String, String> channelsModel() {
        return Labels.CHANNELS;
    }

    @GetMapping("/clients/{id}/visits/new")
    String newVisit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new VisitForm("", new TimeFields(DateFields.empty(), ""), "60", "HOME_VISIT", ""));
        return visitPage(id, model, FormErrors.none());
    }

    @PostMapping("/clients/{id}/visits")
    String schedule(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, Model model,
                    RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        Instant startsAt = form.when().toInstant();
        if (startsAt == null) {
            errors.add("when", "Enter the date as day, month and year, and the time as hours and minutes, for example 14:30");
        }
        if (form.purpose().isBlank()) {
            errors.add("purpose", "Enter the purpose of the visit, in a few words");
        }
        if (!errors.any()) {
            try {
                Map<String, Object> visit = new LinkedHashMap<>();
                if (!form.visitor().isBlank()) {
                    visit.put("visitorProfessionalId", form.visitor());
                }
                visit.put("startsAt", startsAt.toString());
                visit.put("durationMinutes", Integer.parseInt(form.duration().isBlank() ? "0" : form.duration().trim()));
                visit.put("kind", form.kind());
                visit.put("purpose", form.purpose().trim());
                services.schedule().post().uri("/api/clients/{id}/visits", id).body(visit).retrieve().toBodilessEntity();
                redirect.addFlashAttribute("notice", "Visit scheduled");
                return "redirect:/clients/" + id;
            } catch (NumberFormatException notANumber) {
                errors.add("duration", "Enter the expected duration in minutes, for example 60");
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), VISIT_FIELDS, VISIT_LABELS);
            }
        }
        return visitPage(id, model, errors);
    }

    @GetMapping("/visits/{visitId}")
    String visit(@PathVariable UUID visitId, @RequestParam UUID client, Model model) {
        model.addAttribute("visit", findVisit(client, visitId));
        model.addAttribute("clientId", client);
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : FormErrors.none());
        return "visits/visit";
    }

    @PostMapping("/visits/{visitId}")
    String change(@PathVariable UUID visitId, @RequestParam UUID client, @RequestParam String action,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("action", action);
        if (reason != null && !reason.isBlank()) {
            change.put("reason", reason.trim());
        }
        try {
            services.schedule().patch().uri("/api/visits/{id}", visitId).body(change).retrieve().toBodilessEntity();
        } catch (ApiProblemException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("errors", FormErrors.none().add("action", Objects.toString(
                    refused.problem().detail(), "This change is not possible")));
            return "redirect:/visits/" + visitId + "?client=" + client;
        }
        redirect.addFlashAttribute("notice", switch (action) {
            case "COMPLETE" -> "Visit recorded as completed";
            case "NO_ACCESS" -> "Visit recorded as no access; the team is told";
            case "CANCEL" -> "Visit cancelled";
            default -> "Visit changed";
        });
        return "redirect:/clients/" + client;
    }

    @GetMapping("/clients/{id}/contacts/new")
    String newContact(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new ContactForm(new TimeFields(DateFields.empty(), ""), "PHONE", "COMPLETED"));
        model.addAttribute("clientId", id);
        model.addAttribute("errors", FormErrors.none());
        return "visits/contact";
    }

    @PostMapping("/clients/{id}/contacts")
    String recordContact(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, Model model,
                         RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        Instant at = form.when().toInstant();
        if (at == null) {
            errors.add("when", "Enter the date as day, month and year, and the time as hours and minutes");
        } else {
            try {
                services.schedule().post().uri("/api/clients/{id}/contacts", id)
                        .body(Map.of("contactedAt", at.toString(), "channel", form.channel(), "outcome", form.outcome()))
                        .retrieve().toBodilessEntity();
                redirect.addFlashAttribute("notice", "Contact recorded");
                return "redirect:/clients/" + id;
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of("contactedAt", "when"), Map.of("when", "The date and time"));
            }
        }
        model.addAttribute("clientId", id);
        model.addAttribute("errors", errors);
        return "visits/contact";
    }

    private String visitPage(UUID clientId, Model model, FormErrors errors) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("team", services.clientNetwork().get().uri("/api/clients/{id}/network", clientId)
                .retrieve().body(Map.class).get("members"));
        model.addAttribute("errors", errors);
        return "visits/new";
    }

    private Schedule.Visit findVisit(UUID client, UUID visitId) {
        for (Schedule.Visit visit : services.schedule().get().uri("/api/clients/{id}/visits", client)
                .retrieve().body(Schedule.Visit[].class)) {
            if (visit.id().equals(visitId)) {
                return visit;
            }
        }
        throw new ApiProblemException(new org.patchwork.web.config.ApiProblem(404, null, "Not Found",
                "No such visit", java.util.List.of()));
    }

    record VisitForm(String visitor, TimeFields when, String duration, String kind, String purpose) {

        VisitForm {
            visitor = Objects.toString(visitor, "");
            when = when == null ? new TimeFields(null, null) : when;
            duration = Objects.toString(duration, "");
            kind = Objects.toString(kind, "HOME_VISIT");
            purpose = Objects.toString(purpose, "");
        }
    }

    record ContactForm(TimeFields when, String channel, String outcome) {

        ContactForm {
            when = when == null ? new TimeFields(null, null) : when;
            channel = Objects.toString(channel, "PHONE");
            outcome = Objects.toString(outcome, "COMPLETED");
        }
    }
}
