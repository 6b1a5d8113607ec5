package org.patchwork.schedule.visit;

import org.patchwork.schedule.contact.ContactChannel;

/** Where the visit happens; it decides how the visit is recorded as a contact once it has happened. */
public enum VisitKind {
    HOME_VISIT("Home visit", ContactChannel.HOME_VISIT),
    SCHOOL("School visit", ContactChannel.SCHOOL_OR_OFFICE_MEETING),
    CLINIC("Clinic appointment", ContactChannel.OTHER),
    OFFICE("Office meeting", ContactChannel.SCHOOL_OR_OFFICE_MEETING),
    OTHER("Visit", ContactChannel.OTHER);

    private final String label;
    private final ContactChannel contactChannel;

    VisitKind(String label, ContactChannel contactChannel) {
        this.label = label;
        this.contactChannel = contactChannel;
    }

    public String label() {
        return label;
    }

    public ContactChannel contactChannel() {
        return contactChannel;
    }
}
