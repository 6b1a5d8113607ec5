package org.patchwork.web.profile;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import jakarta.validation.constraints.Pattern;
import org.patchwork.web.api.NotificationApi;
import org.patchwork.web.config.FormErrors;

/**
 * A professional's alert preferences as the notification service holds them ({@link View}) and as the
 * preferences form edits them ({@link Form}).
 */
final class AlertPreferences {

    /** The form field of each kind of alert's channel: {@code channels[<KIND>]}; the page's field {@code channel.<KIND>}. */
    static final String CHANNEL_FIELD = "channel.";
    static final String TIME = "\\s*([01]?\\d|2[0-3])[:.]([0-5]\\d)\\s*";
    private static final java.util.regex.Pattern TIME_PATTERN = java.util.regex.Pattern.compile(TIME);

    private AlertPreferences() {
    }

    /** Every kind of alert with its channel, the quiet hours and the digest, grouped as the page shows them. */
    record View(Map<String, String> channels, NotificationApi.QuietHours quietHours, boolean dailyDigest) {

        View {
            channels = channels == null ? Map.of() : channels;
        }

        static View of(NotificationApi.Preferences preferences) {
            return new View(preferences.channels(), preferences.quietHours(), preferences.dailyDigest());
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

        private List<String> inPageOrder(Predicate<String> channel) {
            return groups().stream().flatMap(group -> group.kinds().stream())
                    .filter(kind -> channel.test(channels.get(kind.code()))).map(AlertLabels.Kind::label).toList();
        }
    }

    /**
     * The preferences form: a channel per kind of alert ({@code channels[<KIND>]}), quiet hours and the digest.
     * Which kinds there are is the service's to say, so that each has a choice is checked against them
     * ({@link #check}).
     */
    record Form(
            Map<String, String> channels,
            @Pattern(regexp = TIME,
                    message = "Enter when your quiet hours start as hours and minutes, for example 21:00")
            String quietFrom,
            @Pattern(regexp = TIME,
                    message = "Enter when your quiet hours end as hours and minutes, for example 07:00")
            String quietUntil,
            String timeZone,
            Boolean dailyDigest) {

        Form {
            // Binding puts each submitted channel into the map again after constructing the form.
            channels = channels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(channels);
            quietFrom = Objects.toString(quietFrom, "");
            quietUntil = Objects.toString(quietUntil, "");
            timeZone = Objects.toString(timeZone, "");
            // An unticked checkbox sends nothing.
            dailyDigest = Boolean.TRUE.equals(dailyDigest);
        }

        static Form of(View view) {
            return new Form(view.channels(), view.quietHours().fromText(), view.quietHours().untilText(),
                    view.quietHours().timeZone(), view.dailyDigest());
        }

        /** The channels of the kinds of alert the page offered, and no others. */
        Form offered(List<String> kinds) {
            Map<String, String> offered = new LinkedHashMap<>();
            kinds.stream().filter(channels::containsKey).forEach(kind -> offered.put(kind, channels.get(kind)));
            return new Form(offered, quietFrom, quietUntil, timeZone, dailyDigest);
        }

        public String channelOf(String kind) {
            return channels.getOrDefault(kind, "");
        }

        /** Each kind of alert offered has one of the choices; the page's field of a kind is {@code channel.<KIND>}. */
        FormErrors check(List<String> kinds) {
            FormErrors errors = FormErrors.none();
            for (String kind : kinds) {
                if (!AlertLabels.CHOICES.containsKey(channelOf(kind))) {
                    errors.add(CHANNEL_FIELD + kind, "Choose how you are told "
                            + AlertLabels.kindOf(kind).when().replaceFirst("^When", "when"));
                }
            }
            return errors;
        }

        /** The body of {@code PUT /api/me/notification-preferences}; only for a form without errors. */
        NotificationApi.Preferences toPreferences() {
            return new NotificationApi.Preferences(channels, new NotificationApi.QuietHours(time(quietFrom),
                    time(quietUntil), timeZone.isBlank() ? "Europe/London" : timeZone), dailyDigest);
        }

        static LocalTime time(String text) {
            Matcher matcher = TIME_PATTERN.matcher(text == null ? "" : text);
            return matcher.matches()
                    ? LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
                    : null;
        }
    }
}
