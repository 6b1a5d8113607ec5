package org.patchwork.web.clients;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.OrderedLabels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a client's record, and reopening a closed one: the lead only (client-network-service decides), with a
 * coded reason and an optional note. A closed client's records are erased when the retention period ends, which
 * the closing page says.
 */
@Controller
class ClientStatusController {

    static final int MAX_NOTE_LENGTH = 500;

    static final Map<String, String> CLOSING_REASONS = OrderedLabels.of(
            "SUPPORT_NO_LONGER_NEEDED", "Support is no longer needed",
            "MOVED_OUT_OF_AREA", "Moved out of the area",
            "TRANSFERRED_TO_ANOTHER_SERVICE", "Transferred to another service",
            "DIED", "Died",
            "OTHER", "Another reason");

    static final Map<String, String> REOPENING_REASONS = OrderedLabels.of(
            "NEW_CONCERN", "A new concern",
            "SUPPORT_NEEDED_AGAIN", "Support is needed again",
            "CLOSED_IN_ERROR", "Closed in error",
            "OTHER", "Another reason");

    private final ClientNetworkApi clientNetwork;

    ClientStatusController(ClientNetworkApi clientNetwork) {
        this.clientNetwork = clientNetwork;
    }

    @GetMapping("/clients/{id}/close")
    String closing(@PathVariable UUID id, Model model) {
        return page(id, Change.CLOSE, new StatusForm(null, null), FormErrors.none(), model);
    }

    @GetMapping("/clients/{id}/reopen")
    String reopening(@PathVariable UUID id, Model model) {
        return page(id, Change.REOPEN, new StatusForm(null, null), FormErrors.none(), model);
    }

    @PostMapping("/clients/{id}/close")
    String close(@PathVariable UUID id, @Valid @ModelAttribute("form") StatusForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        return change(id, Change.CLOSE, form, binding, model, redirect);
    }

    @PostMapping("/clients/{id}/reopen")
    String reopen(@PathVariable UUID id, @Valid @ModelAttribute("form") StatusForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return change(id, Change.REOPEN, form, binding, model, redirect);
    }

    private String change(UUID id, Change change, StatusForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.has("reason") && !change.reasons.containsKey(form.reason())) {
            errors.add("reason", change.reasonMissing);
        }
        if (!errors.any()) {
            ClientNetworkApi.StatusChange request = new ClientNetworkApi.StatusChange(form.reason(),
                    form.note().isBlank() ? null : form.note().trim());
            try {
                if (change == Change.CLOSE) {
                    clientNetwork.close(id, request);
                } else {
                    clientNetwork.reopen(id, request);
                }
                redirect.addFlashAttribute("notice", change.done);
                return "redirect:/clients/" + id;
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("reason", "The reason", "note", "The note"));
            }
        }
        return page(id, change, form, errors, model);
    }

    private String page(UUID id, Change change, StatusForm form, FormErrors errors, Model model) {
        model.addAttribute("client", clientNetwork.overview(id).client());
        model.addAttribute("change", change);
        model.addAttribute("reasons", change.reasons);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxNoteLength", MAX_NOTE_LENGTH);
        return "clients/status";
    }

    /** Closing or reopening: what the page asks and says. */
    enum Change {
        CLOSE("close", "Close this client's record", "Why are you closing the record?", CLOSING_REASONS,
                "Choose why you are closing the record", "The client's record is closed"),
        REOPEN("reopen", "Reopen this client's record", "Why are you reopening the record?", REOPENING_REASONS,
                "Choose why you are reopening the record", "The client's record is open again");

        final String path;
        final String title;
        final String question;
        final Map<String, String> reasons;
        final String reasonMissing;
        final String done;

        Change(String path, String title, String question, Map<String, String> reasons, String reasonMissing,
               String done) {
            this.path = path;
            this.title = title;
            this.question = question;
            this.reasons = reasons;
            this.reasonMissing = reasonMissing;
            this.done = done;
        }

        public String path() {
            return path;
        }

        public String title() {
            return title;
        }

        public String question() {
            return question;
        }

        public boolean closing() {
            return this == CLOSE;
        }
    }

    /** The coded reason chosen and an optional note. */
    record StatusForm(
            @NotBlank(message = "Choose a reason") String reason,
            @Size(max = MAX_NOTE_LENGTH, message = "The note must be " + MAX_NOTE_LENGTH
                    + " characters or fewer") String note) {

        StatusForm {
            reason = reason == null ? "" : reason;
            note = note == null ? "" : note;
        }
    }
}
