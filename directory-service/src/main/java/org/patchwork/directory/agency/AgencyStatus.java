package org.patchwork.directory.agency;

/** Whether an agency's staff may use Patchwork: only while it is onboarded to the data sharing agreement. */
public enum AgencyStatus {
    ONBOARDED, SUSPENDED
}
