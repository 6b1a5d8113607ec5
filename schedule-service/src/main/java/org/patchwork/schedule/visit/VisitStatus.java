package org.patchwork.schedule.visit;

/** A visit is planned until it is cancelled or its outcome is recorded; those three are final. */
public enum VisitStatus {
    SCHEDULED, CANCELLED, COMPLETED, NO_ACCESS
}
