package org.patchwork.schedule.contact;

/** How the professional and the client were in contact. */
public enum ContactChannel {
    HOME_VISIT, PHONE, VIDEO, SCHOOL_OR_OFFICE_MEETING, OTHER
}
