package org.patchwork.network.subjectaccess;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.audit.AuditRecord;
import org.patchwork.network.audit.AuditTrail;
import org.patchwork.network.config.CallerToken;
import org.patchwork.network.subjectaccess.NotificationExportFallback.NotificationUnavailable;
import org.patchwork.network.subjectaccess.ScheduleExportFallback.ScheduleUnavailable;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A subject access export in one action: only an IG officer of an agency involved with the client now may run it
 * (anyone else gets the answer of a client that does not exist), and it is itself audited. The schedule and the
 * notification service are asked first, outside the transaction; when either cannot give its part there is no export
 * rather than an incomplete one.
 */
@Service
class SubjectAccessService {

    static final String NO_SUCH_CLIENT = "No client your agency is involved with has this reference.";
    static final List<String> NOT_INCLUDED = List.of();

    private final SubjectAccessRepository held;
    private final ScheduleExportClient schedule;
    private final NotificationExportClient notification;
    private final AuditTrail auditTrail;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubjectAccessService(SubjectAccessRepository held, ScheduleExportClient schedule,
                         NotificationExportClient notification, AuditTrail auditTrail, AuditLog audit,
                         TransactionTemplate transaction, Clock clock) {
        this.held = held;
        this.schedule = schedule;
        this.notification = notification;
        this.auditTrail = auditTrail;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    SubjectAccessExport export(Caller officer, UUID clientId) {
        if (officer.agency().isEmpty() || !held.agencyInvolvedNow(clientId, officer.agency())) {
            throw PatchworkException.notFound(NO_SUCH_CLIENT);
        }
        SubjectAccessExport.ScheduleHeld scheduled;
        try {
            scheduled = schedule.export(CallerToken.bearer(), clientId);
        } catch (ScheduleUnavailable unavailable) {
            throw new PatchworkException(HttpStatus.SERVICE_UNAVAILABLE, "schedule-unavailable",
                    "The schedule service could not give its part (it is not answering, or has not caught up with "
                            + "this client's network yet), so nothing was exported. Try again in a few minutes.");
        }
        List<SubjectAccessExport.Alert> alerts;
        try {
            alerts = notification.export(CallerToken.bearer(), clientId).alerts();
        } catch (NotificationUnavailable unavailable) {
            throw new PatchworkException(HttpStatus.SERVICE_UNAVAILABLE, "notification-unavailable",
                    "The notification service could not give its part, the alerts sent about the client (it is not "
                            + "answering, or has not caught up with this client's network yet), so nothing was "
                            + "exported. Try again in a few minutes.");
        }
        return transaction.execute(status -> {
            SubjectAccessExport.Identity identity = held.identity(clientId)
                    .orElseThrow(() -> PatchworkException.notFound(NO_SUCH_CLIENT));
            List<SubjectAccessExport.Membership> network = held.network(clientId);
            List<SubjectAccessExport.Invitation> invitations = held.invitations(clientId);
            List<SubjectAccessExport.Attention> attentions = held.attentions(clientId);
            List<SubjectAccessExport.ConsentWithdrawal> withdrawals = held.consentWithdrawals(clientId);
            List<AuditRecord> accessAudit = auditTrail.wholeTrailOf(officer.agency(), clientId);
            Set<UUID> named = new LinkedHashSet<>();
            network.forEach(membership -> named.add(membership.professionalId()));
            invitations.forEach(invitation -> named.addAll(List.of(invitation.invitedByProfessionalId(),
                    invitation.inviteeProfessionalId())));
            attentions.forEach(attention -> Stream.of(attention.raisedByProfessionalId(),
                    attention.resolvedByProfessionalId()).filter(Objects::nonNull).forEach(named::add));
            withdrawals.stream().map(SubjectAccessExport.ConsentWithdrawal::recordedByProfessionalId)
                    .filter(Objects::nonNull).forEach(named::add);
            scheduled.visits().forEach(visit -> named.addAll(List.of(visit.visitorProfessionalId(),
                    visit.scheduledByProfessionalId())));
            scheduled.contacts().forEach(contact -> named.addAll(List.of(contact.professionalId(),
                    contact.recordedByProfessionalId())));
            accessAudit.forEach(record -> Stream.of(record.actorProfessionalId(), record.professionalId())
                    .filter(Objects::nonNull).forEach(named::add));
            audit.record(officer, null, AuditAction.SUBJECT_ACCESS_EXPORTED, clientId, null, null,
                    "everything held about the client, " + accessAudit.size() + " audit records");
            return new SubjectAccessExport(SubjectAccessExport.FORMAT_VERSION, clock.instant(), officer.agency(),
                    identity, held.household(clientId).orElse(null), network, invitations, attentions, withdrawals,
                    scheduled, alerts, accessAudit, held.professionals(named), NOT_INCLUDED);
        });
    }
}
