package org.patchwork.directory.agency;

import java.time.Clock;
import java.util.List;

import org.patchwork.directory.events.AgencyOnboarded;
import org.patchwork.directory.events.AgencyUpdated;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding an agency in one sitting: the directory entry (status {@code ONBOARDING}), its email domains and its
 * identity provider in Keycloak are made together — Keycloak last, inside the transaction, so a refusal there stores
 * nothing here. The agency goes live (status {@code ONBOARDED}, {@code AgencyOnboarded} published: the gateway's
 * sign-in page offers it from then on) only once a sign-in through the new identity provider has reached Patchwork
 * and a platform administrator has seen it. Platform administrators only.
 */
@Service
public class OnboardingService {

    /** Where a sign-in through one identity provider starts, at the gateway. */
    static final String SIGN_IN_PATH = "/oauth2/authorization/keycloak?idp=";

    private final AgencyRepository agencies;
    private final IdentityProviders identityProviders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OnboardingService(AgencyRepository agencies, IdentityProviders identityProviders,
                      ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.identityProviders = identityProviders;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OnboardingView onboard(Caller caller, AgencyOnboarding onboarding) {
        AgencyRules.requirePlatformAdmin(caller);
        onboarding.identityProvider().requireComplete(true);
        Agency agency = onboarding.toAgency();
        requireDomainsFree(agency.code(), agency.emailDomains());
        if (!agencies.insert(agency)) {
            throw PatchworkException.conflict("Agency '" + agency.code() + "' is already in the directory.");
        }
        agencies.replaceEmailDomains(agency.code(), agency.emailDomains());
        IdentityProviderSettings settings = onboarding.identityProvider();
        agencies.saveIdentityProvider(agency.code(), settings.withoutSecrets(), caller.name(), clock.instant());
        identityProviders.save(agency, settings);
        return view(agency);
    }

    /** New identity provider settings or email domains; an agency not yet live must then be tested again. */
    @Transactional
    public OnboardingView changeIdentityProvider(Caller caller, String code, IdentityProviderChange change) {
        AgencyRules.requirePlatformAdmin(caller);
        Agency current = lockedOrNotFound(code);
        IdentityProviderSettings settings = change.identityProvider();
        boolean wasOidc = agencies.findIdentityProvider(code)
                .map(stored -> stored.protocol() == IdentityProviderSettings.Protocol.OIDC).orElse(false);
        settings.requireComplete(!wasOidc);
        requireDomainsFree(code, change.emailDomains());
        Agency changed = current.withEmailDomains(change.emailDomains());
        agencies.replaceEmailDomains(code, changed.emailDomains());
        agencies.saveIdentityProvider(code, settings.withoutSecrets(), caller.name(), clock.instant());
        if (current.status() == AgencyStatus.ONBOARDING) {
            agencies.clearTestSignIn(code);
        } else if (!changed.emailDomains().equals(current.emailDomains())) {
            events.publishEvent(AgencyUpdated.of(changed.summary(), clock.instant()));
        }
        identityProviders.save(changed, settings);
        return view(changed);
    }

    /** Makes an agency being onboarded live, once a test sign-in through its identity provider has succeeded. */
    @Transactional
    public OnboardingView goLive(Caller caller, String code) {
        AgencyRules.requirePlatformAdmin(caller);
        Agency current = lockedOrNotFound(code);
        if (current.status() == AgencyStatus.ONBOARDED) {
            return view(current);
        }
        if (current.status() != AgencyStatus.ONBOARDING) {
            throw PatchworkException.conflict("Agency '" + code + "' is suspended: reinstate it instead.");
        }
        if (agencies.findTestSignIn(code).isEmpty()) {
            throw new PatchworkException(HttpStatus.CONFLICT, "test-sign-in-missing",
                    "No one has signed in through the agency's identity provider yet. Ask the agency to sign in with"
                            + " the test sign-in link, then make it live.");
        }
        Agency live = current.withStatus(AgencyStatus.ONBOARDED);
        agencies.updateStatus(code, AgencyStatus.ONBOARDED);
        events.publishEvent(AgencyOnboarded.of(live.summary(), clock.instant()));
        return view(live);
    }

    public OnboardingView get(Caller caller, String code) {
        AgencyRules.requirePlatformAdmin(caller);
        return view(agencies.find(code).orElseThrow(() -> PatchworkException.notFound("No agency '" + code + "'.")));
    }

    public List<AgencyView> beingOnboarded(Caller caller) {
        AgencyRules.requirePlatformAdmin(caller);
        return agencies.findSigningIn().stream().filter(agency -> agency.status() == AgencyStatus.ONBOARDING)
                .map(AgencyView::of).toList();
    }

    /** The agencies the gateway's sign-in page knows: live ones, and those testing their sign-in. Public. */
    public List<SignInAgency> signInAgencies() {
        return agencies.findSigningIn().stream().map(SignInAgency::of).toList();
    }

    private void requireDomainsFree(String code, List<String> domains) {
        List<String> taken = agencies.domainsOfOthers(code, domains);
        if (!taken.isEmpty()) {
            throw new PatchworkException(HttpStatus.CONFLICT, "email-domain-taken",
                    "Another agency's staff sign in with " + String.join(", ", taken) + ".");
        }
    }

    private OnboardingView view(Agency agency) {
        return new OnboardingView(AgencyView.of(agency),
                agencies.findIdentityProvider(agency.code()).orElse(null),
                agency.status() == AgencyStatus.ONBOARDING ? agencies.findTestSignIn(agency.code()).orElse(null)
                        : null,
                SIGN_IN_PATH + agency.identityProviderAlias());
    }

    private Agency lockedOrNotFound(String code) {
        return agencies.findForUpdate(code).orElseThrow(() -> PatchworkException.notFound("No agency '" + code + "'."));
    }
}
