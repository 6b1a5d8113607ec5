package org.patchwork.network.subjectaccess;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The notification service's part of a subject access export (the alerts sent about the client), asked with the IG
 * officer's own token so that it applies its own rule (an officer of an agency involved with the client). Any
 * failure, a 404 included (its copy of the network has not caught up yet), reaches the fallback.
 */
@FeignClient(name = "notification", contextId = "notification-export",
        url = "${patchwork.network.notification-url}", fallbackFactory = NotificationExportFallback.class)
interface NotificationExportClient {

    @GetMapping("/api/clients/{clientId}/subject-access-export")
    SubjectAccessExport.AlertsHeld export(@RequestHeader(HttpHeaders.AUTHORIZATION) String bearer,
                                          @PathVariable("clientId") UUID clientId);
}
