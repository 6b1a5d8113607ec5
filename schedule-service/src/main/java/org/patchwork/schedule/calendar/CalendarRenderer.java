package org.patchwork.schedule.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.patchwork.schedule.visit.VisitStatus;
import org.patchwork.schedule.visit.VisitView;

/**
 * A professional's visits as an iCalendar (RFC 5545) that Outlook and phone calendars can subscribe to. A feed
 * travels outside Patchwork and sits in other apps, so it names a client by initials only and leaves out the
 * purpose (free text that might name someone); the event links back to nothing but says where to look.
 */
final class CalendarRenderer {

    static final String PRODUCT_ID = "-//Patchwork//Schedule service//EN";
    static final String UID_DOMAIN = "@schedule.patchwork";

    private CalendarRenderer() {
    }

    static String render(List<VisitView> visits) {
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", "Patchwork visits"))
                .getFluentTarget();
        for (VisitView visit : visits) {
            calendar = calendar.withComponent(event(visit)).getFluentTarget();
        }
        StringWriter out = new StringWriter();
        try {
            // Not validated on the way out: a professional with no visits gets a calendar without events, which
            // RFC 5545 frowns on but every calendar app subscribes to happily.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Calendar output failed validation", e);
        }
        return out.toString();
    }

    static String summary(VisitView visit) {
        String summary = visit.kind().label() + " – " + visit.clientInitials();
        return switch (visit.status()) {
            case SCHEDULED, COMPLETED -> summary;
            case NO_ACCESS -> summary + " (no access)";
            case CANCELLED -> summary + " (cancelled)";
        };
    }

    private static VEvent event(VisitView visit) {
        return (VEvent) new VEvent(visit.startsAt(), visit.endsAt(), summary(visit))
                .withProperty(new Uid(visit.id() + UID_DOMAIN))
                .withProperty(new Status(visit.status() == VisitStatus.CANCELLED
                        ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED))
                .withProperty(new Description("A Patchwork visit. Open Patchwork for who else is involved."))
                .getFluentTarget();
    }
}
