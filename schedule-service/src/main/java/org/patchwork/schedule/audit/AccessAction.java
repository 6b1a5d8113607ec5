package org.patchwork.schedule.audit;

/** What a member (or, for an export, an IG officer) did with a client's schedule. */
public enum AccessAction {
    VISITS_VIEWED, VISIT_SCHEDULED, VISIT_CHANGED, CONTACTS_VIEWED, CONTACT_RECORDED, SUMMARY_VIEWED,
    THRESHOLD_SET, CALENDAR_DOWNLOADED, CALENDAR_FEED_READ, OVERVIEW_VIEWED, CASELOAD_VIEWED,
    SUBJECT_ACCESS_EXPORTED
}
