package org.patchwork.notification.preference;

import java.time.LocalTime;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New preferences. Kinds of alert left out keep their defaults.
 *
 * @param channels    per kind of alert: EMAIL, SMS, BOTH or NONE
 * @param quietHours  when no SMS is sent unless urgent
 * @param dailyDigest whether low-priority alerts come as one email a day
 */
public record UpdatePreferences(@NotNull Map<AlertKind, @NotNull ChannelChoice> channels,
                                @NotNull @Valid QuietHoursChoice quietHours,
                                boolean dailyDigest) {

    public record QuietHoursChoice(@NotNull LocalTime from, @NotNull LocalTime until,
                                   @NotBlank @Size(max = 64) String timeZone) {
    }
}
