package org.patchwork.directory.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.directory.agency.AgencyService;
import org.patchwork.directory.agency.AgencyStatus;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform administrators connect an agency's provisioning by issuing it a bearer token, and disconnect it by
 * revoking that. A token is 256 random bits: it is shown once and only its SHA-256 hash is kept (a slow password
 * hash adds nothing to a secret that cannot be guessed, and would cost every SCIM request). Each issue and
 * revocation is recorded on the credential (who, when) and logged.
 */
@Service
class ScimCredentialService {

    static final String TOKEN_PREFIX = "pwscim_";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ScimCredentialService.class);

    private final ScimCredentialRepository credentials;
    private final AgencyService agencies;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ScimCredentialService(ScimCredentialRepository credentials, AgencyService agencies, Clock clock) {
        this.credentials = credentials;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    CredentialView issue(Caller caller, String agencyCode, CredentialRequest request) {
        requirePlatformAdmin(caller);
        agencies.get(agencyCode);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ScimCredential credential = new ScimCredential(UUID.randomUUID(), agencyCode, request.emailDomains(),
                clock.instant(), caller.subject(), null, null, null);
        credentials.insert(credential, hash(token));
        log.info("Platform administrator {} issued SCIM credential {} for agency {} (email domains {})",
                caller.subject(), credential.id(), agencyCode, credential.emailDomains());
        return CredentialView.issued(credential, token);
    }

    @Transactional(readOnly = true)
    List<CredentialView> list(Caller caller, String agencyCode) {
        requirePlatformAdmin(caller);
        agencies.get(agencyCode);
        return credentials.ofAgency(agencyCode).stream().map(CredentialView::of).toList();
    }

    /** Revoking twice changes nothing: the first revocation's time and administrator are kept. */
    @Transactional
    void revoke(Caller caller, String agencyCode, UUID id) {
        requirePlatformAdmin(caller);
        ScimCredential credential = credentials.findForUpdate(agencyCode, id)
                .orElseThrow(() -> PatchworkException.notFound("Agency " + agencyCode + " has no SCIM credential "
                        + id + "."));
        if (!credential.revoked()) {
            credentials.revoke(id, clock.instant(), caller.subject());
            log.info("Platform administrator {} revoked SCIM credential {} of agency {}", caller.subject(), id,
                    agencyCode);
        }
    }

    /**
     * The provisioning client a bearer token stands for, unless it is unknown or revoked; whether its agency is
     * onboarded is read on every request, so a suspension stops its provisioning at once.
     */
    Optional<ScimClient> authenticate(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<ScimCredential> credential = credentials.findActiveByHash(hash(token));
        Instant now = clock.instant();
        credential.ifPresent(found -> credentials.used(found.id(), now, LAST_USED_PRECISION));
        return credential.map(found -> ScimClient.of(found, agencies.find(found.agencyCode())
                .map(agency -> agency.status() == AgencyStatus.ONBOARDED).orElse(false)));
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.hasRole(Caller.PLATFORM_ADMIN)) {
            throw PatchworkException.forbidden("Only a platform administrator can connect an agency's provisioning.");
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
