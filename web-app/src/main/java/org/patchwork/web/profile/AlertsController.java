package org.patchwork.web.profile;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.NotificationApi;
import org.patchwork.web.config.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How and when I am alerted — a channel for each kind of alert, quiet hours for text messages, the daily
 * digest — and the alerts that were sent to me.
 */
@Controller
class AlertsController {

    static final int HISTORY_PAGE_SIZE = 20;
    private static final Map<String, String> API_FIELDS = Map.of("quietHours.from", "quietFrom",
            "quietHours.until", "quietUntil", "from", "quietFrom", "until", "quietUntil");
    private static final Map<String, String> LABELS = Map.of("quietFrom", "The start of your quiet hours",
            "quietUntil", "The end of your quiet hours");

    private final NotificationSettings notifications;

    AlertsController(NotificationSettings notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("choices")
    Map<String, String> choices() {
        return AlertLabels.CHOICES;
    }

    @GetMapping("/profile/alerts")
    String alerts(Model model) {
        NotificationSettings.Answer<AlertPreferences.View> current = notifications.preferences();
        if (current.available()) {
            model.addAttribute("form", AlertPreferences.Form.of(current.value()));
            model.addAttribute("groups", current.value().groups());
        }
        model.addAttribute("alertsUnavailable", current.unavailable());
        model.addAttribute("errors", FormErrors.none());
        return "profile/alerts";
    }

    @PostMapping("/profile/alerts")
    String saveAlerts(@Valid @ModelAttribute("form") AlertPreferences.Form submitted, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        NotificationSettings.Answer<AlertPreferences.View> current = notifications.preferences();
        if (!current.available()) {
            model.addAttribute("form", null);
            model.addAttribute("alertsUnavailable", current.unavailable());
            model.addAttribute("errors", FormErrors.none());
            return "profile/alerts";
        }
        List<String> kinds = current.value().kinds();
        AlertPreferences.Form form = submitted.offered(kinds);
        FormErrors errors = form.check(kinds);
        FormErrors.of(binding).all().forEach(errors::add);
        if (!errors.any()) {
            try {
                notifications.save(form.toPreferences());
                redirect.addFlashAttribute("notice", "Your alert preferences were saved");
                return "redirect:/profile/alerts";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), API_FIELDS, LABELS);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("groups", current.value().groups());
        model.addAttribute("errors", errors);
        return "profile/alerts";
    }

    @GetMapping("/profile/notifications")
    String history(@RequestParam(defaultValue = "0") int page, Model model) {
        NotificationSettings.Answer<NotificationApi.History> history = notifications
                .history(Math.max(0, page), HISTORY_PAGE_SIZE);
        model.addAttribute("history", history.value());
        model.addAttribute("alerts", history.available() ? history.value().items().stream()
                .map(NotificationSettings.Item::new).toList() : List.of());
        model.addAttribute("historyUnavailable", history.unavailable());
        return "profile/notifications";
    }
}
