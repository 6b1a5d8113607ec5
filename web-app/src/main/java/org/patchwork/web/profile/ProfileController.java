package org.patchwork.web.profile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.CurrentUser;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.patchwork.web.directory.PreferredContacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My profile: my entry in the directory (how colleagues reach me), an overview of my alert preferences, and the
 * secret link that puts my visits in my own calendar app.
 */
@Controller
class ProfileController {

    private static final Map<String, String> LABELS = Map.of("jobTitle", "Your job title",
            "team", "Your team", "workPhone", "Your work phone", "mobile", "Your mobile",
            "preferredContact", "How you prefer to be contacted");

    private final Services services;
    private final NotificationSettings notifications;

    ProfileController(Services services, NotificationSettings notifications) {
        this.services = services;
        this.notifications = notifications;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PreferredContacts.LABELS;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("form", services.directory().get().uri("/api/directory/me").retrieve()
                .body(ProfileForm.class));
        model.addAttribute("errors", FormErrors.none());
        return page(model);
    }

    @PostMapping("/profile")
    String updateProfile(@ModelAttribute("form") ProfileForm form, Model model, RedirectAttributes redirect) {
        try {
            services.directory().put().uri("/api/directory/me").body(form.toJson()).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "Your details were saved");
            return "redirect:/profile";
        } catch (ApiProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("errors", FormErrors.none().addAll(refused.problem(), Map.of(), LABELS));
            return page(model);
        }
    }

    /** Creates my calendar link, or replaces it: the previous link stops working. Shown once, never stored here. */
    @PostMapping("/profile/calendar-link")
    String createCalendarLink(RedirectAttributes redirect) {
        try {
            CalendarFeed feed = services.schedule().post().uri("/api/me/calendar-feed").retrieve()
                    .body(CalendarFeed.class);
            redirect.addFlashAttribute("calendarLink", feed.url());
            redirect.addFlashAttribute("notice", "Your calendar link was created");
        } catch (ApiProblemException refused) {
            notKnownToTheScheduleYet(refused, redirect);
        }
        return "redirect:/profile#calendar";
    }

    @PostMapping("/profile/calendar-link/stop")
    String stopCalendarLink(RedirectAttributes redirect) {
        try {
            services.schedule().delete().uri("/api/me/calendar-feed").retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "Your calendar link was stopped: calendars using it no longer"
                    + " get your visits");
        } catch (ApiProblemException refused) {
            if (refused.status() == 404) {
                redirect.addFlashAttribute("notice", "You had no calendar link to stop");
            } else {
                notKnownToTheScheduleYet(refused, redirect);
            }
        }
        return "redirect:/profile#calendar";
    }

    /**
     * The schedule service learns of a professional from the directory's events; for a moment after a first
     * sign-in it refuses them. Any other refusal is an error page.
     */
    private static void notKnownToTheScheduleYet(ApiProblemException refused, RedirectAttributes redirect) {
        if (refused.status() != 403 || refused.problem().type() == null
                || !refused.problem().type().endsWith("/unknown-professional")) {
            throw refused;
        }
        redirect.addFlashAttribute("calendarProblem", "Your calendar cannot be set up until a minute or so after"
                + " your first sign-in. Try again shortly.");
    }

    private String page(Model model) {
        NotificationSettings.Answer<AlertPreferences.View> alerts = notifications.preferences();
        model.addAttribute("alerts", alerts.value());
        model.addAttribute("alertsUnavailable", alerts.unavailable());
        // Only practitioners have visits, so only they are offered a calendar link (and the schedule is asked).
        if (model.getAttribute("user") instanceof CurrentUser.SignedInUser user && user.isPractitioner()) {
            model.addAttribute("calendarFeed", calendarFeed());
        }
        return "profile/profile";
    }

    /** Whether I have a calendar link and since when; {@code null} when the schedule cannot say just now. */
    private CalendarFeedStatus calendarFeed() {
        try {
            return services.schedule().get().uri("/api/me/calendar-feed").retrieve().body(CalendarFeedStatus.class);
        } catch (ApiProblemException | ResourceAccessException notKnownOrDown) {
            return null;
        }
    }

    record CalendarFeed(String url, Instant createdAt) {
    }

    record CalendarFeedStatus(boolean active, Instant createdAt) {
    }

    /** @param name shown only: it comes from the organisation's sign-in and is never sent */
    record ProfileForm(String name, String jobTitle, String team, String workPhone, String mobile,
                       String preferredContact, String email) {

        ProfileForm {
            name = Objects.toString(name, "");
            jobTitle = Objects.toString(jobTitle, "");
            team = Objects.toString(team, "");
            workPhone = Objects.toString(workPhone, "");
            mobile = Objects.toString(mobile, "");
            preferredContact = Objects.toString(preferredContact, "EMAIL");
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("jobTitle", blankToNull(jobTitle));
            json.put("team", blankToNull(team));
            json.put("workPhone", blankToNull(workPhone));
            json.put("mobile", blankToNull(mobile));
            json.put("preferredContact", preferredContact);
            return json;
        }

        private static String blankToNull(String value) {
            return value.isBlank() ? null : value;
        }
    }
}
