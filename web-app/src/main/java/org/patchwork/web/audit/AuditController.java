package org.patchwork.web.audit;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.ClientNetworkApi.AuditRecord;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.directory.AgencyStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The information governance officer's view of the audit trail: who saw or changed which client's data, when,
 * and on what basis — for their own organisation's staff and for every client their organisation is involved
 * with. Only IG officers reach this page (see the security configuration); the service checks the role again
 * and records each search.
 */
@Controller
class AuditController {

    static final int MOST_RECORDS = 1000;

    private final ClientNetworkApi clientNetwork;
    private final AgencyStaff agencyStaff;

    AuditController(ClientNetworkApi clientNetwork, AgencyStaff agencyStaff) {
        this.clientNetwork = clientNetwork;
        this.agencyStaff = agencyStaff;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal Jwt user, @Valid @ModelAttribute("form") AuditSearch form,
                 BindingResult binding, @RequestParam(required = false) String search, Model model) {
        FormErrors errors = search == null ? FormErrors.none() : FormErrors.of(binding, AuditSearch.CHECKS);
        List<AuditRecord> records = null;
        if (search != null && !errors.any()) {
            try {
                records = clientNetwork.audit(form.clientId(), form.professionalId(), form.fromInstant(),
                        form.toInstant());
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of("clientId", "client", "professionalId", "professional"),
                        Map.of("client", "The client's reference", "professional", "The professional"));
            }
        }
        List<DirectoryApi.Professional> staff = agencyStaff.all(user.getClaimAsString("agency"));
        model.addAttribute("records", records);
        model.addAttribute("capped", records != null && records.size() >= MOST_RECORDS);
        model.addAttribute("staff", staff);
        model.addAttribute("otherProfessional", otherProfessional(form, staff, records));
        model.addAttribute("errors", errors);
        return "audit/search";
    }

    /**
     * A professional of another organisation chosen from the results is not in the choice list of the officer's
     * own staff: they are offered as an extra choice, named as the results name them.
     */
    private static String otherProfessional(AuditSearch form, List<DirectoryApi.Professional> staff,
                                            List<AuditRecord> records) {
        if (form.professionalId() == null
                || staff.stream().anyMatch(member -> member.id().equals(form.professionalId()))) {
            return null;
        }
        return (records == null ? List.<AuditRecord>of() : records).stream()
                .filter(record -> form.professionalId().equals(record.actorProfessionalId()))
                .map(AuditRecord::actorName).filter(name -> name != null).findFirst()
                .orElse("The professional you chose");
    }
}
