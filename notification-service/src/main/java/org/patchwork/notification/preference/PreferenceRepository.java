package org.patchwork.notification.preference;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.patchwork.notification.config.NotificationProperties;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class PreferenceRepository {

    private final JdbcClient jdbc;
    private final QuietHours defaultQuietHours;

    PreferenceRepository(JdbcClient jdbc, NotificationProperties properties) {
        this.jdbc = jdbc;
        NotificationProperties.QuietHours quiet = properties.defaultQuietHours();
        this.defaultQuietHours = new QuietHours(quiet.from(), quiet.until(), quiet.timeZone());
    }

    /** The professional's choices, or the defaults where they have made none. */
    public Preferences of(UUID professionalId) {
        return of(List.of(professionalId)).get(professionalId);
    }

    /** Each of the professionals' choices, or the defaults where they have made none. */
    public Map<UUID, Preferences> of(Collection<UUID> professionalIds) {
        if (professionalIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Map<AlertKind, ChannelChoice>> channels = new HashMap<>();
        jdbc.sql("""
                        SELECT professional_id, alert_kind, channel FROM notification_channel_choice
                        WHERE professional_id IN (:ids)""")
                .param("ids", professionalIds)
                .query((RowCallbackHandler) rs -> channels
                        .computeIfAbsent(rs.getObject("professional_id", UUID.class), id -> new EnumMap<>(AlertKind.class))
                        .put(AlertKind.valueOf(rs.getString("alert_kind")), ChannelChoice.valueOf(rs.getString("channel"))));
        Map<UUID, Preferences> chosen = new HashMap<>();
        jdbc.sql("""
                        SELECT professional_id, quiet_from, quiet_until, time_zone, daily_digest FROM notification_setting
                        WHERE professional_id IN (:ids)""")
                .param("ids", professionalIds)
                .query((RowCallbackHandler) rs -> {
                    UUID id = rs.getObject("professional_id", UUID.class);
                    chosen.put(id, new Preferences(channels.getOrDefault(id, Map.of()),
                            new QuietHours(rs.getObject("quiet_from", LocalTime.class),
                                    rs.getObject("quiet_until", LocalTime.class), ZoneId.of(rs.getString("time_zone"))),
                            rs.getBoolean("daily_digest")));
                });
        for (UUID id : professionalIds) {
            chosen.computeIfAbsent(id, none -> new Preferences(channels.getOrDefault(id, Map.of()), defaultQuietHours,
                    false));
        }
        return chosen;
    }

    @Transactional
    public void save(UUID professionalId, Preferences preferences) {
        jdbc.sql("""
                        INSERT INTO notification_setting (professional_id, quiet_from, quiet_until, time_zone, daily_digest)
                        VALUES (:id, :from, :until, :zone, :digest)
                        ON CONFLICT (professional_id) DO UPDATE SET quiet_from = excluded.quiet_from,
                            quiet_until = excluded.quiet_until, time_zone = excluded.time_zone,
                            daily_digest = excluded.daily_digest, updated_at = now()""")
                .param("id", professionalId)
                .param("from", preferences.quietHours().from())
                .param("until", preferences.quietHours().until())
                .param("zone", preferences.quietHours().timeZone().getId())
                .param("digest", preferences.dailyDigest())
                .update();
        jdbc.sql("DELETE FROM notification_channel_choice WHERE professional_id = :id").param("id", professionalId)
                .update();
        preferences.channels().forEach((kind, channel) -> jdbc.sql("""
                        INSERT INTO notification_channel_choice (professional_id, alert_kind, channel)
                        VALUES (:id, :kind, :channel)""")
                .param("id", professionalId).param("kind", kind.name()).param("channel", channel.name())
                .update());
    }
}
