package org.patchwork.notification.history;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.patchwork.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "History", description = "What was sent to the signed-in professional")
class HistoryController {

    private final ProfessionalRepository professionals;
    private final JdbcClient jdbc;

    HistoryController(ProfessionalRepository professionals, JdbcClient jdbc) {
        this.professionals = professionals;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/me/notifications")
    @Operation(summary = "My notifications, newest first: what, when, on which channel and whether it arrived")
    NotificationHistory mine(Caller caller, @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        UUID me = professionals.me(caller).id();
        long total = jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :me").param("me", me)
                .query(Long.class).single();
        var items = jdbc.sql("""
                        SELECT id, kind, channel, subject, status, attempts, created_at, sent_at FROM notification
                        WHERE recipient_id = :me ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
                .param("me", me).param("size", size).param("offset", (long) page * size)
                .query((rs, row) -> new NotificationHistory.Item(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("channel"), rs.getString("subject"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("sent_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
        return new NotificationHistory(items, page, size, total);
    }
}
