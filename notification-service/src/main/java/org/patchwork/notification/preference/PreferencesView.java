package org.patchwork.notification.preference;

import java.time.LocalTime;
import java.util.Map;


/**
 * A professional's alert preferences, every kind of alert listed.
 *
 * @param channels    per kind of alert: EMAIL, SMS, BOTH or NONE
 * @param quietHours  when no SMS is sent unless urgent
 * @param dailyDigest whether low-priority alerts (joins, leaves, visit changes) come as one email a day
 */
public record PreferencesView(Map<AlertKind, ChannelChoice> channels, QuietHoursView quietHours, boolean dailyDigest) {

    public record QuietHoursView(LocalTime from, LocalTime until, String timeZone) {
    }

    static PreferencesView of(Preferences preferences) {
        QuietHours quiet = preferences.quietHours();
        return new PreferencesView(preferences.channels(),
                new QuietHoursView(quiet.from(), quiet.until(), quiet.timeZone().getId()), preferences.dailyDigest());
    }
}
