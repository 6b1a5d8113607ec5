package org.patchwork.notification.delivery;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notifications that could not be delivered, for the operations team: never silent. No addresses are shown. */
@RestController
@Validated
@Tag(name = "Operations", description = "Delivery problems")
class DeadNotificationController {

    private final NotificationRepository notifications;

    DeadNotificationController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications/dead")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Notifications that could not be delivered (DEAD), newest first")
    List<NotificationRepository.DeadNotification> dead(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return notifications.dead(limit);
    }
}
