package org.patchwork.network.involvement;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Involvement", description = "Keeping involvement fresh: confirmations, review dates, withdrawal of consent")
class InvolvementController {

    private final InvolvementService service;

    InvolvementController(InvolvementService service) {
        this.service = service;
    }

    @GetMapping("/api/me/confirmations")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "My memberships awaiting my answer: am I still involved, and legal bases due for renewal")
    List<MyConfirmation> mine(Caller caller) {
        return service.mine(caller);
    }

    @PostMapping("/api/me/confirmations/confirm-all")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Confirm that I am still involved with every client whose confirmation awaits my answer")
    ConfirmedAll confirmAll(Caller caller) {
        return service.confirmAll(caller);
    }

    @PostMapping("/api/clients/{clientId}/network/confirm")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Confirm that I am still involved with this client (my confirmation period starts again)")
    NetworkInvolvement.Member confirm(Caller caller, @PathVariable UUID clientId) {
        return service.confirm(caller, clientId);
    }

    @PutMapping("/api/clients/{clientId}/network/review-date")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "Renew my legal basis with a new review date (confirms my involvement too)")
    NetworkInvolvement.Member renewReview(Caller caller, @PathVariable UUID clientId,
                                          @Valid @RequestBody RenewReview renewal) {
        return service.renewReview(caller, clientId, renewal);
    }

    @GetMapping("/api/clients/{clientId}/network/involvement")
    @PreAuthorize("hasRole('practitioner')")
    @Operation(summary = "For the lead: when each member last confirmed, when they lapse, who is overdue")
    NetworkInvolvement ofNetwork(Caller caller, @PathVariable UUID clientId) {
        return service.ofNetwork(caller, clientId);
    }

    @PostMapping("/api/clients/{clientId}/consent-withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('practitioner', 'ig-officer')")
    @Operation(summary = "Record the client's withdrawal of consent (the lead, or an IG officer of an involved agency): "
            + "consent-based memberships end, statutory ones continue flagged for IG review")
    ConsentWithdrawal withdrawConsent(Caller caller, @PathVariable UUID clientId,
                                      @Valid @RequestBody WithdrawConsent withdrawal) {
        return service.withdrawConsent(caller, clientId, withdrawal);
    }

    @GetMapping("/api/audit/continuing-without-consent")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "My agency's memberships continuing on a statutory basis after the client withdrew consent "
            + "(newest first, at most 500); only those awaiting review unless awaitingReview=false")
    List<ContinuingWithoutConsent> continuingWithoutConsent(Caller caller,
                                                            @RequestParam(defaultValue = "true") boolean awaitingReview) {
        return service.continuingWithoutConsent(caller, awaitingReview);
    }

    @PostMapping("/api/audit/continuing-without-consent/{membershipId}/review")
    @PreAuthorize("hasRole('ig-officer')")
    @Operation(summary = "Record whether continuing without the client's consent is justified (once)")
    ContinuingWithoutConsent reviewWithoutConsent(Caller caller, @PathVariable UUID membershipId,
                                                  @Valid @RequestBody ConsentReview review) {
        return service.reviewWithoutConsent(caller, membershipId, review);
    }
}
