package org.patchwork.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;

    DeadNotificationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DeadNotification(UUID id, UUID recipientId, String channel, String kind, int attempts, String lastError,
                            Instant createdAt) {
    }

    @GetMapping("/api/notifications/dead")
    @PreAuthorize("hasRole('platform-admin')")
    @Operation(summary = "Notifications that could not be delivered (DEAD), newest first")
    List<DeadNotification> dead(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return jdbc.sql("""
                        SELECT id, recipient_id, channel, kind, attempts, last_error, created_at FROM notification
                        WHERE status = 'DEAD' ORDER BY created_at DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> new DeadNotification(rs.getObject("id", UUID.class),
                        rs.getObject("recipient_id", UUID.class), rs.getString("channel"), rs.getString("kind"),
                        rs.getInt("attempts"), rs.getString("last_error"),
                        NotificationRepository.instant(rs, "created_at")))
                .list();
    }
}
