package org.patchwork.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.preference.AlertKind;
import org.patchwork.notification.professional.Professional;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.springframework.stereotype.Component;

/** Tells the agency's IG officers (never the professional concerned) about unusually many client look-ups. */
@Component
class UnusualLookupAlerts {

    private final ProfessionalRepository professionals;
    private final AlertOutbox outbox;
    private final AlertMessages messages;
    private final Clock clock;

    UnusualLookupAlerts(ProfessionalRepository professionals, AlertOutbox outbox, NotificationProperties properties,
                        Clock clock) {
        this.professionals = professionals;
        this.outbox = outbox;
        this.messages = AlertMessages.of(properties);
        this.clock = clock;
    }

    /** @return how many notifications were recorded */
    int record(UUID eventId, UnusualLookupVolume volume) {
        if (volume.agency() == null || volume.day() == null) {
            return 0;
        }
        UUID concerned = volume.ofOneProfessional() ? volume.professional().id() : null;
        String name = concerned == null ? null
                : professionals.findAllById(List.of(concerned)).values().stream().map(Professional::name)
                        .findFirst().orElse(null);
        AlertMessage message = messages.unusualLookups(volume, name);
        List<Alert> alerts = professionals.igOfficersOf(volume.agency()).stream().map(Professional::id)
                .filter(officer -> !officer.equals(concerned))
                .map(officer -> new Alert(officer, AlertKind.UNUSUAL_LOOKUPS)).toList();
        Instant occurredAt = volume.occurredAt() != null ? volume.occurredAt() : clock.instant();
        return outbox.record(eventId, alerts, alert -> message, null, occurredAt);
    }
}
