package org.patchwork.directory.agency;

/**
 * Whether an agency's staff may use Patchwork: only while it is onboarded to the data sharing agreement. An agency
 * being onboarded has its identity provider in Keycloak but is not live until a test sign-in through it succeeded and
 * a platform administrator made it live.
 */
public enum AgencyStatus {
    ONBOARDING, ONBOARDED, SUSPENDED
}
