package org.patchwork.web.api;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The schedule service's API as the pages use it: visits, contacts and my calendar link. */
@HttpExchange("/api")
public interface ScheduleApi {

    @GetExchange("/clients/{id}/visits")
    List<Visit> visits(@PathVariable UUID id);

    @PostExchange("/clients/{id}/visits")
    void scheduleVisit(@PathVariable UUID id, @RequestBody NewVisit visit);

    @PatchExchange("/visits/{id}")
    void changeVisit(@PathVariable UUID id, @RequestBody VisitChange change);

    @PostExchange("/clients/{id}/contacts")
    void recordContact(@PathVariable UUID id, @RequestBody NewContact contact);

    /** The lead sets after how many days without anyone seeing the client the team is warned (1 to 365). */
    @PutExchange("/clients/{id}/not-seen-threshold")
    void setNotSeenThreshold(@PathVariable UUID id, @RequestBody NotSeenThreshold threshold);

    /** My agency's staff's completed and no-access visits, month by month, the current month last. */
    @GetExchange("/reports/agencies/{agency}/visits")
    MonthlyVisits visitsReport(@PathVariable String agency, @RequestParam int months);

    @GetExchange("/me/calendar-feed")
    CalendarFeedStatus calendarFeed();

    /** Creates my calendar link or replaces it: the previous link stops working. */
    @PostExchange("/me/calendar-feed")
    CalendarFeed createCalendarFeed();

    @DeleteExchange("/me/calendar-feed")
    void stopCalendarFeed();

    record Visit(UUID id, UUID clientId, UUID visitorProfessionalId, String visitorName, String visitorAgency,
                 String visitorJobTitle, String kind, Instant startsAt, Instant endsAt, int durationMinutes,
                 String purpose, String status, UUID scheduledBy) {
    }

    record Contact(UUID id, UUID professionalId, String professionalName, String agency, String jobTitle,
                   Instant contactedAt, String channel, String outcome) {
    }

    /** @param visitorProfessionalId left out when I make the visit myself */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewVisit(UUID visitorProfessionalId, Instant startsAt, int durationMinutes, String kind, String purpose) {
    }

    /** @param action COMPLETE, NO_ACCESS, CANCEL …; {@code reason} left out when none was given */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VisitChange(String action, String reason) {
    }

    record NewContact(Instant contactedAt, String channel, String outcome) {
    }

    /** @param url the secret link; shown once, never stored by the web app */
    record CalendarFeed(String url, Instant createdAt) {
    }

    record CalendarFeedStatus(boolean active, Instant createdAt) {
    }

    record NotSeenThreshold(int days) {
    }

    record MonthlyVisits(String agency, Instant generatedAt, List<Month> months) {
    }

    record Month(YearMonth month, ClientNetworkApi.ReportedCount visits, ClientNetworkApi.ReportedCount noAccess) {
    }
}
