package org.patchwork.network.overview;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The schedule service's REST API, asked with the caller's own token so that it applies its own need-to-know
 * rule. Wrapped in a Resilience4j circuit breaker and bounded by Feign's connect and read timeouts: when the
 * schedule is slow, failing or its circuit is open, the fallback says so and the overview is answered without it.
 */
@FeignClient(name = "schedule", url = "${patchwork.network.schedule-url}", fallbackFactory = ScheduleClientFallback.class)
public interface ScheduleClient {

    /** The next visits, recent contacts and days since seen; {@code null} when the schedule does not know the client yet. */
    @GetMapping("/api/clients/{clientId}/schedule-overview")
    ScheduleOverview overview(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
                              @PathVariable("clientId") UUID clientId);
}
