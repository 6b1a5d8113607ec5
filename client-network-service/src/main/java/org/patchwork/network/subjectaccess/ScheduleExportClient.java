package org.patchwork.network.subjectaccess;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The schedule's part of a subject access export, asked with the IG officer's own token so that the schedule applies
 * its own rule (an officer of an agency involved with the client) and records the export in its access log. Any
 * failure, a 404 included (its copy of the network has not caught up yet), reaches the fallback.
 */
@FeignClient(name = "schedule", contextId = "schedule-export", url = "${patchwork.network.schedule-url}",
        fallbackFactory = ScheduleExportFallback.class)
interface ScheduleExportClient {

    @GetMapping("/api/clients/{clientId}/subject-access-export")
    SubjectAccessExport.ScheduleHeld export(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
                                            @PathVariable("clientId") UUID clientId);
}
