package org.patchwork.web.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.patchwork.web.directory.AgencyStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    private final Services services;
    private final AgencyStaff agencyStaff;

    AuditController(Services services, AgencyStaff agencyStaff) {
        this.services = services;
        this.agencyStaff = agencyStaff;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal Jwt user, @ModelAttribute("form") AuditSearch form,
                 @RequestParam(required = false) String search, Model model) {
        FormErrors errors = search == null ? FormErrors.none() : form.check();
        List<AuditRecord> records = null;
        if (search != null && !errors.any()) {
            try {
                records = Arrays.asList(services.clientNetwork().get()
                        .uri(uri -> {
                            uri.path("/api/audit");
                            form.toQuery().forEach(uri::queryParam);
                            return uri.build();
                        })
                        .retrieve().body(AuditRecord[].class));
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of("clientId", "client", "professionalId", "professional"),
                        Map.of("client", "The client's reference", "professional", "The professional"));
            }
        }
        List<AgencyStaff.Member> staff = agencyStaff.all(user.getClaimAsString("agency"));
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
    private static String otherProfessional(AuditSearch form, List<AgencyStaff.Member> staff,
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
