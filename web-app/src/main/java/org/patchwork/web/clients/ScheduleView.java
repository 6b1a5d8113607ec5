package org.patchwork.web.clients;

import java.util.List;
import java.util.UUID;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.Services;
import org.patchwork.web.visits.Schedule;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.client.ResourceAccessException;

/**
 * Upcoming visits and recent contacts for the client page. When the schedule service cannot answer, the page
 * still shows the team and says that visits are temporarily unavailable.
 */
@Component
class ScheduleView {

    private final Services services;

    ScheduleView(Services services) {
        this.services = services;
    }

    void addTo(Model model, UUID clientId) {
        try {
            model.addAttribute("visits", List.of(services.schedule().get().uri("/api/clients/{id}/visits", clientId)
                    .retrieve().body(Schedule.Visit[].class)));
            model.addAttribute("contacts", List.of(services.schedule().get().uri("/api/clients/{id}/contacts", clientId)
                    .retrieve().body(Schedule.Contact[].class)));
            model.addAttribute("summary", services.schedule().get().uri("/api/clients/{id}/schedule-summary", clientId)
                    .retrieve().body(Schedule.Summary.class));
            model.addAttribute("scheduleAvailable", true);
        } catch (ApiProblemException | ResourceAccessException unavailable) {
            model.addAttribute("visits", List.of());
            model.addAttribute("contacts", List.of());
            model.addAttribute("scheduleAvailable", false);
        }
    }
}
