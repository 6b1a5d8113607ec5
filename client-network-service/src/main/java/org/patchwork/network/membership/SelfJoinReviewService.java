package org.patchwork.network.membership;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information governance officers review the self-joins of their own agency's staff. They see who joined which
 * client (by id), when, on what basis and why — never the client's details — and record a conclusion once. No
 * officer reviews their own self-join: another officer of their agency does, or one of the platform's IG officers
 * (the ig-officer role without an agency), who see every self-join made by an officer and no other.
 */
@Service
class SelfJoinReviewService {

    static final int SHOWN = 500;

    private final SelfJoinRepository selfJoins;
    private final AuditLog audit;
    private final Clock clock;

    SelfJoinReviewService(SelfJoinRepository selfJoins, AuditLog audit, Clock clock) {
        this.selfJoins = selfJoins;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<SelfJoin> list(Caller officer, boolean awaitingReviewOnly) {
        List<SelfJoin> found = selfJoins.reviewedBy(reviewer(officer), awaitingReviewOnly, SHOWN);
        audit.record(officer, null, AuditAction.SELF_JOINS_VIEWED, null, null, null,
                found.size() + (awaitingReviewOnly ? " awaiting review" : " self-joins"));
        return found;
    }

    @Transactional
    SelfJoin one(Caller officer, UUID membershipId) {
        SelfJoin selfJoin = find(officer, membershipId);
        audit.record(officer, null, AuditAction.SELF_JOIN_VIEWED, selfJoin.clientId(), selfJoin.professionalId(),
                selfJoin.legalBasis().name(), null);
        return selfJoin;
    }

    @Transactional
    SelfJoin review(Caller officer, UUID membershipId, SelfJoinReview review) {
        SelfJoin selfJoin = find(officer, membershipId);
        if (selfJoin.officersOwn()) {
            throw new PatchworkException(HttpStatus.FORBIDDEN, "own-self-join",
                    "You cannot review your own self-join: another information governance officer of your agency "
                            + "reviews it, or one of the platform's information governance officers.");
        }
        if (!selfJoins.review(reviewer(officer), membershipId, review, clock.instant())) {
            throw PatchworkException.conflict("This self-join has already been reviewed.");
        }
        audit.record(officer, null, AuditAction.SELF_JOIN_REVIEWED, selfJoin.clientId(), selfJoin.professionalId(),
                selfJoin.legalBasis().name(), review.outcome().name());
        return selfJoins.find(reviewer(officer), membershipId).orElseThrow();
    }

    private SelfJoin find(Caller officer, UUID membershipId) {
        return selfJoins.find(reviewer(officer), membershipId)
                .orElseThrow(() -> PatchworkException.notFound("No such self-join for you to review."));
    }

    private static SelfJoinRepository.Reviewer reviewer(Caller officer) {
        return new SelfJoinRepository.Reviewer(officer.subject(), officer.agency());
    }
}
