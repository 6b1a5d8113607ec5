package org.patchwork.directory.agency;

/**
 * An agency with its identity provider's settings (never its client secret or metadata file) and whether a test
 * sign-in through it has succeeded.
 *
 * @param testSignIn the latest sign-in through its identity provider while being onboarded; {@code null} if none yet
 *                   (or none since its settings last changed)
 * @param testSignInPath where the agency's contact starts a sign-in through the new identity provider, at the gateway
 */
public record OnboardingView(AgencyView agency, IdentityProviderSettings identityProvider, TestSignIn testSignIn,
                             String testSignInPath) {
}
