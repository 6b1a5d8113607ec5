package org.patchwork.schedule.visit;

/** What a member does to a scheduled visit. */
public enum VisitAction {
    RESCHEDULE, CANCEL, COMPLETE, NO_ACCESS
}
