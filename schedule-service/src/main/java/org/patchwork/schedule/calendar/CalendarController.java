package org.patchwork.schedule.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.patchwork.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar", description = "My visits in my own calendar app")
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarService service;

    CalendarController(CalendarService service) {
        this.service = service;
    }

    @GetMapping("/api/me/calendar.ics")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar"))
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Download my visits (the last 30 days and the next 180) as an iCalendar file")
    ResponseEntity<String> myCalendar(Caller caller) {
        return calendar().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"patchwork-visits.ics\"")
                .body(service.myCalendar(caller));
    }

    @PostMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Create my secret calendar URL, or replace it (the previous URL stops working)")
    CalendarFeed createFeed(Caller caller) {
        return service.createFeed(caller);
    }

    @GetMapping("/api/me/calendar-feed")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Whether I have a secret calendar URL, and since when (the URL itself is shown only when created)")
    CalendarFeedStatus feedStatus(Caller caller) {
        return service.feedStatus(caller);
    }

    @DeleteMapping("/api/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Revoke my secret calendar URL")
    void revokeFeed(Caller caller) {
        service.revokeFeed(caller);
    }

    // No "produces": a 404 must still be written as application/problem+json.
    @GetMapping("/api/calendar/{token}.ics")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/calendar"))
    @SecurityRequirements
    @Operation(summary = "A calendar feed by its secret URL, for calendar apps (no token: the URL is the secret)",
            description = "404 for an unknown, regenerated or revoked URL.")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendar().body(service.feed(token));
    }

    private static ResponseEntity.BodyBuilder calendar() {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore());
    }
}
