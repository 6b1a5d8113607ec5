package org.patchwork.web.profile;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.api.ScheduleApi;
import org.patchwork.web.config.CurrentUser;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.directory.PreferredContacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    private final DirectoryApi directory;
    private final ScheduleApi schedule;
    private final NotificationSettings notifications;

    ProfileController(DirectoryApi directory, ScheduleApi schedule, NotificationSettings notifications) {
        this.directory = directory;
        this.schedule = schedule;
        this.notifications = notifications;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PreferredContacts.LABELS;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("form", ProfileForm.of(directory.me()));
        model.addAttribute("errors", FormErrors.none());
        return page(model);
    }

    @PostMapping("/profile")
    String updateProfile(@Valid @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                directory.updateMe(form.toDetails());
                redirect.addFlashAttribute("notice", "Your details were saved");
                return "redirect:/profile";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), LABELS);
            }
        }
        model.addAttribute("errors", errors);
        return page(model);
    }

    /** Creates my calendar link, or replaces it: the previous link stops working. Shown once, never stored here. */
    @PostMapping("/profile/calendar-link")
    String createCalendarLink(RedirectAttributes redirect) {
        try {
            ScheduleApi.CalendarFeed feed = schedule.createCalendarFeed();
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
            schedule.stopCalendarFeed();
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
    private ScheduleApi.CalendarFeedStatus calendarFeed() {
        try {
            return schedule.calendarFeed();
        } catch (ApiProblemException | ResourceAccessException notKnownOrDown) {
            return null;
        }
    }

    /** @param name shown only: it comes from the organisation's sign-in and is never sent */
    record ProfileForm(String name, String jobTitle, String team, String workPhone, String mobile,
                       @Pattern(regexp = "WORK_PHONE|MOBILE|SMS|EMAIL",
                               message = "Choose how you prefer to be contacted") String preferredContact,
                       String email) {

        ProfileForm {
            name = Objects.toString(name, "");
            jobTitle = Objects.toString(jobTitle, "");
            team = Objects.toString(team, "");
            workPhone = Objects.toString(workPhone, "");
            mobile = Objects.toString(mobile, "");
            preferredContact = Objects.toString(preferredContact, "EMAIL");
        }

        static ProfileForm of(DirectoryApi.Me me) {
            return new ProfileForm(me.name(), me.jobTitle(), me.team(), me.workPhone(), me.mobile(),
                    me.preferredContact(), me.email());
        }

        DirectoryApi.MyDetails toDetails() {
            return new DirectoryApi.MyDetails(blankToNull(jobTitle), blankToNull(team), blankToNull(workPhone),
                    blankToNull(mobile), preferredContact);
        }

        private static String blankToNull(String value) {
            return value.isBlank() ? null : value;
        }
    }
}
