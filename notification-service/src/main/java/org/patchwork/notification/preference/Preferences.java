package org.patchwork.notification.preference;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;


/**
 * A professional's choices: a channel per kind of alert, quiet hours for SMS, and whether low-priority alerts
 * wait for one email a day.
 */
public record Preferences(Map<AlertKind, ChannelChoice> channels, QuietHours quietHours, boolean dailyDigest) {

    public Preferences {
        EnumMap<AlertKind, ChannelChoice> complete = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            if (kind.choosable()) {
                complete.put(kind, channels.getOrDefault(kind, defaultChannel(kind)));
            }
        }
        channels = Map.copyOf(complete);
    }

    /** Email for everything; SMS as well for what cannot wait (urgent attentions, no access at a visit). */
    public static Preferences defaults(QuietHours quietHours) {
        return new Preferences(Map.of(), quietHours, false);
    }

    static ChannelChoice defaultChannel(AlertKind kind) {
        return kind.urgent() ? ChannelChoice.BOTH : ChannelChoice.EMAIL;
    }

    public ChannelChoice channelFor(AlertKind kind) {
        return kind.choosable() ? channels.get(kind) : ChannelChoice.EMAIL;
    }

    /** How an alert of this kind, raised at {@code now}, goes out. */
    public List<PlannedDelivery> plan(AlertKind kind, Instant now) {
        return channelFor(kind).channels().stream().map(channel -> switch (channel) {
            case EMAIL -> new PlannedDelivery(channel, dailyDigest && kind.lowPriority(), now);
            case SMS -> new PlannedDelivery(channel, false, kind.urgent() ? now : quietHours.nextAllowed(now));
        }).toList();
    }
}
