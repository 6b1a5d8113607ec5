package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.patchwork.notification.alert.ClientEvent.ClientNotSeen;
import org.patchwork.notification.alert.ClientEvent.ConsentWithdrawn;
import org.patchwork.notification.alert.ClientEvent.InvitationExpiring;
import org.patchwork.notification.alert.ClientEvent.InvolvementConfirmationRequested;
import org.patchwork.notification.alert.ClientEvent.LegalBasisReviewDue;
import org.patchwork.notification.alert.ClientEvent.MembershipLapsed;
import org.patchwork.notification.alert.ClientEvent.ReplacementNeeded;
import org.patchwork.notification.alert.ClientEvent.VisitChanged;
import org.patchwork.notification.alert.ClientEvent.VisitClash;
import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.preference.AlertKind;

/**
 * Writes each alert. Email and SMS leave the secure platform, so they carry no client-identifying detail beyond
 * initials, and none of what was written in Patchwork (an attention's text stays inside): only that something
 * happened, and a link to sign in and see it.
 */
final class AlertMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final String baseUrl;
    private final ZoneId zone;

    AlertMessages(String baseUrl, ZoneId zone) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = zone;
    }

    /** Links to the service's base URL, dates in the default quiet hours' time zone. */
    static AlertMessages of(NotificationProperties properties) {
        return new AlertMessages(properties.baseUrl(), properties.defaultQuietHours().timeZone());
    }

    AlertMessage write(AlertKind kind, ClientEvent event) {
        String client = "a client" + initials(event.clientInitials());
        String theClient = "The client" + initials(event.clientInitials());
        String link = baseUrl + "/clients/" + event.clientId();
        return switch (kind) {
            case INVITATION_RECEIVED -> new AlertMessage("Patchwork: you are invited to join a client's team",
                    "A colleague invited you to join the team supporting " + client
                            + ". Sign in to accept or decline before the invitation expires.",
                    baseUrl + "/invitations");
            case INVITATION_EXPIRING -> new AlertMessage("Patchwork: an invitation is about to expire",
                    "Your invitation to join the team supporting " + client + " expires on "
                            + day(event instanceof InvitationExpiring expiring ? expiring.expiresAt() : null)
                            + ". Sign in to accept or decline.", baseUrl + "/invitations");
            case INVITATION_EXPIRED -> new AlertMessage("Patchwork: an invitation expired",
                    "Nobody answered your invitation to join the team supporting " + client + "; it has expired.",
                    link);
            case MEMBER_JOINED -> new AlertMessage("Patchwork: someone joined a client's team",
                    "A professional joined the team supporting " + client + ".", link);
            case JOIN_NEEDS_REVIEW -> new AlertMessage("Patchwork: please check who joined a client's team",
                    "A professional added themselves to the team of " + client
                            + ", whom you lead. Their agency will review why; please check the team.", link);
            case MEMBER_LEFT -> event instanceof MembershipLapsed lapsed
                    ? new AlertMessage("Patchwork: someone's involvement with a client lapsed",
                            "A professional's membership of the team supporting " + client + " lapsed: "
                                    + lapse(lapsed.reason(), "they") + ".", link)
                    : new AlertMessage("Patchwork: someone left a client's team",
                            "A professional left the team supporting " + client + ".", link);
            case REMOVED_FROM_NETWORK -> new AlertMessage("Patchwork: you were removed from a client's team",
                    "You were removed from the team supporting " + client
                            + " and can no longer see their details.", baseUrl);
            case LEAD_CHANGED -> new AlertMessage("Patchwork: a client has a new lead professional",
                    "The lead professional changed for " + client + ", whom you support.", link);
            case REPLACEMENT_NEEDED -> replacementNeeded(client, link,
                    event instanceof ReplacementNeeded needed ? needed : null);
            case CONFIRM_INVOLVEMENT -> new AlertMessage("Patchwork: are you still involved with a client?",
                    "Are you still involved with " + client + "? Sign in and confirm by "
                            + day(event instanceof InvolvementConfirmationRequested asked ? asked.confirmBy() : null)
                            + ", or your access to their details ends then.", baseUrl + "/confirmations");
            case LEGAL_BASIS_REVIEW_DUE -> new AlertMessage("Patchwork: your reason to be involved is due for review",
                    "The legal basis you recorded for supporting " + client + " is due for review on "
                            + (event instanceof LegalBasisReviewDue due && due.reviewDate() != null
                                    ? DAY.format(due.reviewDate()) : "a date to be confirmed")
                            + ". Sign in and renew it with a new review date, or your access to their details ends"
                            + " after that day.", baseUrl + "/confirmations");
            case MEMBERSHIP_ENDED -> new AlertMessage("Patchwork: your membership of a client's team has ended",
                    (event instanceof ConsentWithdrawn
                            ? theClient + " withdrew their consent to sharing, so your membership of their team, which"
                                    + " rested on consent, has ended."
                            : "Your membership of the team supporting " + client + " lapsed: "
                                    + lapse(event instanceof MembershipLapsed lapsed ? lapsed.reason() : null, "you")
                                    + ".")
                            + " You can no longer see their details; if you are still involved, ask the lead to"
                            + " invite you again.", baseUrl);
            case CONSENT_WITHDRAWN -> new AlertMessage("Patchwork: a client withdrew their consent",
                    theClient + " withdrew their consent to sharing. Members involved on the basis of consent have left"
                            + " the team. You remain involved on a statutory basis, which your organisation's"
                            + " information governance officer will review.", link);
            case ATTENTION -> new AlertMessage("Patchwork: an attention was raised",
                    "A colleague raised an attention on " + client + ", whom you support.", link);
            case URGENT_ATTENTION -> new AlertMessage("Patchwork: URGENT attention raised",
                    "A colleague raised an urgent attention on " + client + ", whom you support.", link);
            case VISIT_CHANGED -> new AlertMessage("Patchwork: a visit changed",
                    "A visit to " + client + ", whom you support, was " + visitVerb(event) + ".", link);
            case VISIT_ARRANGED_FOR_YOU -> new AlertMessage("Patchwork: a colleague changed your visit",
                    "A colleague " + visitVerb(event) + " your visit to " + client + " on "
                            + when(event instanceof VisitChanged changed && changed.visit() != null
                                    ? changed.visit().startsAt() : null) + ".", link);
            case NO_ACCESS -> new AlertMessage("Patchwork: no access at a visit",
                    "A visit to " + client + ", whom you support, got no answer at the door.", link);
            case CLIENT_NOT_SEEN -> new AlertMessage("Patchwork: a client has not been seen",
                    "Nobody has recorded seeing " + client + " for "
                            + (event instanceof ClientNotSeen notSeen && notSeen.daysNotSeen() != null
                                    ? notSeen.daysNotSeen() + " days" : "a while") + ".", link);
            case VISIT_CLASH -> new AlertMessage("Patchwork: two visits on the same day",
                    "Two agencies are visiting " + client + " on the same day"
                            + (event instanceof VisitClash clash && clash.first() != null
                                    ? " (" + day(clash.first().startsAt()) + ")" : "")
                            + ". You may want to make it one joint visit.", link);
            case UNUSUAL_LOOKUPS -> throw new IllegalArgumentException("Written from the look-up event");
            case DAILY_DIGEST -> throw new IllegalArgumentException("A digest is not written from one event");
        };
    }

    /** To an IG officer: who made how many look-ups today (a professional's name, never a client's). */
    AlertMessage unusualLookups(UnusualLookupVolume volume, String professionalName) {
        String who = volume.ofOneProfessional()
                ? (professionalName == null ? "A member of your organisation's staff" : professionalName)
                : "Your organisation's staff together";
        return new AlertMessage("Patchwork: unusually many client look-ups",
                who + " made " + volume.lookupsToday() + " client look-ups on " + DAY.format(volume.day())
                        + " (the day's limit is " + volume.dailyLimit() + "). Sign in to see who looked up which"
                        + " client, and why, in the audit.", baseUrl + "/audit");
    }

    /**
     * Initials in the form {@code " (J.S.)"}. Whatever the producer sent, only the first letter of each of at most
     * four words survives, so a full name sent by mistake cannot reach an inbox or a phone.
     */
    static String initials(String clientInitials) {
        if (clientInitials == null) {
            return "";
        }
        String initials = Arrays.stream(clientInitials.split("[^\\p{L}]+"))
                .filter(part -> !part.isEmpty()).limit(4)
                .map(part -> part.substring(0, 1).toUpperCase(Locale.UK) + ".")
                .collect(Collectors.joining());
        return initials.isEmpty() ? "" : " (" + initials + ")";
    }

    /** Why a membership lapsed, said of {@code who} ("you", "they"). */
    private static String lapse(String reason, String who) {
        return "REVIEW_DATE_PASSED".equals(reason)
                ? "the legal basis " + who + " recorded was not renewed by its review date"
                : who + " did not confirm " + ("you".equals(who) ? "you were" : "they were") + " still involved in time";
    }

    /** Why a member is gone, as a ReplacementNeeded says it (events before the reason was carried: left their agency). */
    private static String whyGone(String reason) {
        return switch (reason == null ? "LEFT_AGENCY" : reason) {
            case "REMOVED" -> "was removed from the team";
            case "NOT_CONFIRMED" -> "did not confirm they were still involved, and their membership lapsed";
            case "REVIEW_DATE_PASSED" -> "did not renew their legal basis by its review date, and their membership"
                    + " lapsed";
            case "CONSENT_WITHDRAWN" -> "was involved on the basis of consent, which the client withdrew";
            default -> "has left their agency";
        };
    }

    private static String visitVerb(ClientEvent event) {
        return event instanceof VisitChanged changed ? changed.verb() : "scheduled";
    }

    private static AlertMessage replacementNeeded(String client, String link, ReplacementNeeded event) {
        boolean leadLeft = event != null && event.leadLeft();
        return new AlertMessage("Patchwork: a replacement is needed in a client's team",
                (leadLeft ? "The lead professional" : "A member") + " of the team supporting " + client + " "
                        + whyGone(event == null ? null : event.reason()) + ". "
                        + (leadLeft ? "Please name a new lead, and say whether someone should replace them."
                                : "Please say whether someone should replace them."), link);
    }

    private String when(Instant at) {
        return at == null ? "a date to be confirmed" : WHEN.format(at.atZone(zone));
    }

    private String day(Instant at) {
        return at == null ? "a date to be confirmed" : DAY.format(at.atZone(zone));
    }
}
