package org.patchwork.web.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.patchwork.web.config.OrderedLabels;

/**
 * How the notification service's codes read to practitioners: kinds of alert (grouped as the preferences page
 * shows them), channels and delivery states. A kind the service adds later is still shown, under its code made
 * readable, until it gets a label here.
 */
public final class AlertLabels {

    public static final Map<String, String> CHOICES = OrderedLabels.of("EMAIL", "Email", "SMS", "Text message",
            "BOTH", "Email and text message", "NONE", "No alert");
    public static final Map<String, String> CHANNELS = OrderedLabels.of("EMAIL", "Email", "SMS", "Text message");

    private static final Map<String, Map<String, String>> GROUPS = groups();
    private static final Map<String, String> KINDS = kinds();
    private static final Map<String, Status> STATUSES = statuses();

    private AlertLabels() {
    }

    /** One heading of the preferences page and the kinds of alert under it, in order. */
    public record Group(String heading, List<Kind> kinds) {
    }

    /** A kind of alert: its code and what it means, as "when ..." would end. */
    public record Kind(String code, String label) {

        /** "When a colleague raises an attention". */
        public String when() {
            return label.isEmpty() ? "When" : "When " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
    }

    /** A delivery state as a GOV.UK tag. */
    public record Status(String label, String tagClass) {
    }

    public static String kind(String code) {
        return KINDS.getOrDefault(code, readable(code));
    }

    public static Kind kindOf(String code) {
        return new Kind(code, kind(code));
    }

    public static Status status(String code) {
        return STATUSES.getOrDefault(code, new Status(readable(code), "govuk-tag--grey"));
    }

    public static String channel(String code) {
        return CHANNELS.getOrDefault(code, readable(code));
    }

    /** The groups of the preferences page holding {@code kinds}; kinds without a group come last, as others. */
    public static List<Group> groupsOf(Collection<String> kinds) {
        List<Group> groups = new ArrayList<>();
        List<String> others = new ArrayList<>(kinds);
        GROUPS.forEach((heading, members) -> {
            List<String> present = members.keySet().stream().filter(kinds::contains).toList();
            others.removeAll(present);
            if (!present.isEmpty()) {
                groups.add(new Group(heading, present.stream().map(AlertLabels::kindOf).toList()));
            }
        });
        if (!others.isEmpty()) {
            groups.add(new Group("Other alerts", others.stream().sorted().map(AlertLabels::kindOf).toList()));
        }
        return groups;
    }

    private static String readable(String code) {
        String words = code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, Map<String, String>> groups() {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put("Invitations", OrderedLabels.of(
                "INVITATION_RECEIVED", "You are invited to a client's team",
                "INVITATION_EXPIRING", "An invitation to you is about to expire",
                "INVITATION_EXPIRED", "An invitation you sent expires"));
        groups.put("Client teams", OrderedLabels.of(
                "MEMBER_JOINED", "Someone joins a team you are in",
                "JOIN_NEEDS_REVIEW", "Someone joins a team you lead and their reason needs a review",
                "MEMBER_LEFT", "Someone leaves a team you are in",
                "REMOVED_FROM_NETWORK", "Someone is removed from a team, or you are",
                "LEAD_CHANGED", "A team's lead professional changes",
                "REPLACEMENT_NEEDED", "A team needs someone to replace a professional who left"));
        groups.put("Your involvement", OrderedLabels.of(
                "CONFIRM_INVOLVEMENT", "A team asks whether you are still involved",
                "LEGAL_BASIS_REVIEW_DUE", "Your reason for being in a team is due for review",
                "MEMBERSHIP_ENDED", "Your place in a team ends because it was not confirmed",
                "CONSENT_WITHDRAWN", "A client withdraws their consent to sharing"));
        groups.put("Attentions", OrderedLabels.of(
                "ATTENTION", "A colleague raises an attention",
                "URGENT_ATTENTION", "A colleague raises an urgent attention"));
        groups.put("Visits", OrderedLabels.of(
                "VISIT_CHANGED", "A visit is scheduled, moved or cancelled",
                "VISIT_ARRANGED_FOR_YOU", "A colleague arranges a visit for you to make",
                "NO_ACCESS", "Nobody answers the door at a visit",
                "CLIENT_NOT_SEEN", "A client has not been seen for a while",
                "VISIT_CLASH", "Two visits to a client clash"));
        groups.put("Information governance", OrderedLabels.of(
                "UNUSUAL_LOOKUPS", "Someone in your organisation makes unusually many client look-ups"));
        return Collections.unmodifiableMap(groups);
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        GROUPS.values().forEach(kinds::putAll);
        kinds.put("DAILY_DIGEST", "Your daily digest");
        return Collections.unmodifiableMap(kinds);
    }

    private static Map<String, Status> statuses() {
        Map<String, Status> statuses = new LinkedHashMap<>();
        statuses.put("PENDING", new Status("Waiting to be sent", "govuk-tag--grey"));
        statuses.put("SENDING", new Status("Being sent", "govuk-tag--grey"));
        statuses.put("SENT", new Status("Sent", "govuk-tag--green"));
        statuses.put("FAILED", new Status("Not sent yet, trying again", "govuk-tag--yellow"));
        statuses.put("DEAD", new Status("Could not be sent", "govuk-tag--red"));
        statuses.put("AWAITING_DIGEST", new Status("Waiting for your daily digest", "govuk-tag--blue"));
        statuses.put("DIGESTED", new Status("Sent in your daily digest", "govuk-tag--green"));
        statuses.put("COALESCED", new Status("Not sent: one like it had just been sent", "govuk-tag--grey"));
        return Collections.unmodifiableMap(statuses);
    }
}
