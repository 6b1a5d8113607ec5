package org.patchwork.web.profile;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchwork.web.config.FormErrors;

/**
 * A professional's alert preferences as the notification service holds them ({@link View}) and as the
 * preferences form edits them ({@link Form}).
 */
final class AlertPreferences {

    static final String CHANNEL_FIELD = "channel.";
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    private AlertPreferences() {
    }

    /** {@code GET /api/me/notification-preferences}: every kind of alert with its channel. */
    record View(Map<String, String> channels, QuietHours quietHours, boolean dailyDigest) {

        View {
            channels = channels == null ? Map.of() : channels;
        }

        public List<AlertLabels.Group> groups() {
            return AlertLabels.groupsOf(channels.keySet());
        }

        List<String> kinds() {
            return groups().stream().flatMap(group -> group.kinds().stream()).map(AlertLabels.Kind::code).toList();
        }

        /** What is told by text message, in the page's order. */
        public List<String> byText() {
            return inPageOrder(channel -> channel.equals("SMS") || channel.equals("BOTH"));
        }

        /** What is not told at all, in the page's order. */
        public List<String> turnedOff() {
            return inPageOrder(channel -> channel.equals("NONE"));
        }

        private List<String> inPageOrder(java.util.function.Predicate<String> channel) {
            return groups().stream().flatMap(group -> group.kinds().stream())
                    .filter(kind -> channel.test(channels.get(kind.code()))).map(AlertLabels.Kind::label).toList();
        }
    }

    record QuietHours(LocalTime from, LocalTime until, String timeZone) {

        public boolean none() {
            return from == null || from.equals(until);
        }

        public String fromText() {
            return from == null ? "" : from.format(HOURS_AND_MINUTES);
        }

        public String untilText() {
            return until == null ? "" : until.format(HOURS_AND_MINUTES);
        }
    }

    /** The preferences form: a channel per kind of alert ({@code channel.<KIND>}), quiet hours and the digest. */
    record Form(Map<String, String> channels, String quietFrom, String quietUntil, String timeZone,
                boolean dailyDigest) {

        Form {
            channels = channels == null ? Map.of() : Map.copyOf(channels);
            quietFrom = Objects.toString(quietFrom, "");
            quietUntil = Objects.toString(quietUntil, "");
            timeZone = Objects.toString(timeZone, "");
        }

        static Form of(View view) {
            return new Form(view.channels(), view.quietHours().fromText(), view.quietHours().untilText(),
                    view.quietHours().timeZone(), view.dailyDigest());
        }

        /** Reads the submitted form; {@code kinds} are the kinds of alert the page offered. */
        static Form submitted(Map<String, String> parameters, List<String> kinds) {
            Map<String, String> channels = new LinkedHashMap<>();
            for (String kind : kinds) {
                String channel = parameters.get(CHANNEL_FIELD + kind);
                if (channel != null) {
                    channels.put(kind, channel);
                }
            }
            return new Form(channels, parameters.get("quietFrom"), parameters.get("quietUntil"),
                    parameters.get("timeZone"), parameters.containsKey("dailyDigest"));
        }

        public String channelOf(String kind) {
            return channels.getOrDefault(kind, "");
        }

        FormErrors check(List<String> kinds) {
            FormErrors errors = FormErrors.none();
            for (String kind : kinds) {
                if (!AlertLabels.CHOICES.containsKey(channelOf(kind))) {
                    errors.add(CHANNEL_FIELD + kind, "Choose how you are told "
                            + AlertLabels.kindOf(kind).when().replaceFirst("^When", "when"));
                }
            }
            if (time(quietFrom) == null) {
                errors.add("quietFrom", "Enter when your quiet hours start as hours and minutes, for example 21:00");
            }
            if (time(quietUntil) == null) {
                errors.add("quietUntil", "Enter when your quiet hours end as hours and minutes, for example 07:00");
            }
            return errors;
        }

        /** The body of {@code PUT /api/me/notification-preferences}; only for a form without errors. */
        Map<String, Object> toJson() {
            Map<String, Object> quietHours = new LinkedHashMap<>();
            quietHours.put("from", time(quietFrom).toString());
            quietHours.put("until", time(quietUntil).toString());
            quietHours.put("timeZone", timeZone.isBlank() ? "Europe/London" : timeZone);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("channels", channels);
            json.put("quietHours", quietHours);
            json.put("dailyDigest", dailyDigest);
            return json;
        }

        static LocalTime time(String text) {
            Matcher matcher = TIME.matcher(text == null ? "" : text.trim());
            return matcher.matches()
                    ? LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
                    : null;
        }
    }
}
