package org.patchwork.web.visits;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.patchwork.web.api.ApiProblem;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.ScheduleApi;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
    private static final String PROFESSIONAL_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ScheduleApi schedule;
    private final ClientNetworkApi clientNetwork;

    VisitController(ScheduleApi schedule, ClientNetworkApi clientNetwork) {
        this.schedule = schedule;
        this.clientNetwork = clientNetwork;
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
    String schedule(@PathVariable UUID id, @Valid @ModelAttribute("form") VisitForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                schedule.scheduleVisit(id, form.toVisit());
                redirect.addFlashAttribute("notice", "Visit scheduled");
                return "redirect:/clients/" + id;
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
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "visits/visit";
    }

    @PostMapping("/visits/{visitId}")
    String change(@PathVariable UUID visitId, @RequestParam UUID client,
                  @Valid @ModelAttribute("change") ChangeForm form, BindingResult binding,
                  RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                schedule.changeVisit(visitId, form.toChange());
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.add("action", Objects.toString(refused.problem().detail(), "This change is not possible"));
            }
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/visits/" + visitId + "?client=" + client;
        }
        redirect.addFlashAttribute("notice", switch (form.action()) {
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
    String recordContact(@PathVariable UUID id, @Valid @ModelAttribute("form") ContactForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                schedule.recordContact(id, new ScheduleApi.NewContact(form.when().toInstant(), form.channel(),
                        form.outcome()));
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
        model.addAttribute("team", clientNetwork.network(clientId).members());
        model.addAttribute("errors", errors);
        return "visits/new";
    }

    private ScheduleApi.Visit findVisit(UUID client, UUID visitId) {
        return schedule.visits(client).stream().filter(visit -> visit.id().equals(visitId)).findFirst()
                .orElseThrow(() -> new ApiProblemException(new ApiProblem(404, null, "Not Found", "No such visit",
                        List.of())));
    }

    /** @param visitor a colleague in the team who makes the visit; empty when I make it myself */
    record VisitForm(
            @Pattern(regexp = "|" + PROFESSIONAL_ID, message = "Choose who makes the visit") String visitor,
            @DateAndTime(message = "Enter the date as day, month and year, and the time as hours and minutes, for example 14:30")
            TimeFields when,
            @Pattern(regexp = "\\s*\\d{0,4}\\s*", message = "Enter the expected duration in minutes, for example 60")
            String duration,
            String kind,
            @NotBlank(message = "Enter the purpose of the visit, in a few words") String purpose) {

        VisitForm {
            visitor = Objects.toString(visitor, "");
            when = when == null ? new TimeFields(null, null) : when;
            duration = Objects.toString(duration, "");
            kind = Objects.toString(kind, "HOME_VISIT");
            purpose = Objects.toString(purpose, "");
        }

        ScheduleApi.NewVisit toVisit() {
            return new ScheduleApi.NewVisit(visitor.isBlank() ? null : UUID.fromString(visitor), when.toInstant(),
                    duration.isBlank() ? 0 : Integer.parseInt(duration.trim()), kind, purpose.trim());
        }
    }

    /** What happened to a visit: COMPLETE, NO_ACCESS or CANCEL, with a reason when cancelling. */
    record ChangeForm(
            @Pattern(regexp = "COMPLETE|NO_ACCESS|CANCEL", message = "Choose what happened to the visit") String action,
            String reason) {

        ChangeForm {
            action = Objects.toString(action, "");
        }

        ScheduleApi.VisitChange toChange() {
            return new ScheduleApi.VisitChange(action, reason == null || reason.isBlank() ? null : reason.trim());
        }
    }

    record ContactForm(
            @DateAndTime(message = "Enter the date as day, month and year, and the time as hours and minutes")
            TimeFields when,
            String channel,
            String outcome) {

        ContactForm {
            when = when == null ? new TimeFields(null, null) : when;
            channel = Objects.toString(channel, "PHONE");
            outcome = Objects.toString(outcome, "COMPLETED");
        }
    }
}
