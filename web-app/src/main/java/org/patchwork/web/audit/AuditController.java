package org.patchwork.web.audit;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.ClientNetworkApi.AuditPage;
import org.patchwork.web.api.ClientNetworkApi.AuditRecord;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.directory.AgencyStaff;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The information governance officer's view of the audit trail: who saw or changed which client's data (their
 * details and team, and their visits and contacts), when, and on what basis — for their own organisation's staff
 * and for every client their organisation is or was involved with, a page at a time. Only IG officers reach this
 * page (see the security configuration); the service checks the role again and records each search.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;

    private final ClientNetworkApi clientNetwork;
    private final AgencyStaff agencyStaff;

    AuditController(ClientNetworkApi clientNetwork, AgencyStaff agencyStaff) {
        this.clientNetwork = clientNetwork;
        this.agencyStaff = agencyStaff;
    }

    @ModelAttribute("roles")
    Map<String, String> roles() {
        return AuditSearch.ROLES;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal Jwt user, @Valid @ModelAttribute("form") AuditSearch form,
                 BindingResult binding, @RequestParam(required = false) String search,
                 @RequestParam(defaultValue = "0") int page, HttpServletRequest request, CsrfToken exportToken,
                 Model model) {
        FormErrors errors = search == null ? FormErrors.none() : FormErrors.of(binding, AuditSearch.CHECKS);
        AuditPage found = null;
        if (search != null && !errors.any()) {
            try {
                found = clientNetwork.audit(form.clientId(), form.actorProfessionalId(), form.subjectProfessionalId(),
                        form.fromInstant(), form.toInstant(), Math.max(0, page), PAGE_SIZE);
            } catch (ApiProblemException refused) {
                if (refused.status() == 404) {
                    errors.add("client", "No client your organisation is or was involved with has this reference");
                } else if (refused.status() == 400) {
                    errors.addAll(refused.problem(), Map.of("clientId", "client", "actorProfessionalId",
                                    "professional", "subjectProfessionalId", "professional"),
                            Map.of("client", "The client's reference", "professional", "The professional"));
                } else {
                    throw refused;
                }
            }
        }
        List<AuditRecord> records = found == null ? null : found.items();
        List<DirectoryApi.Professional> staff = agencyStaff.all(user.getClaimAsString("agency"));
        model.addAttribute("records", records);
        model.addAttribute("found", found);
        model.addAttribute("exportClientId", found == null ? null : form.clientId());
        if (found != null && form.clientId() != null) {
            // The export form is low on a long page: its token's cookie must be set before the page starts to be sent.
            exportToken.getToken();
        }
        model.addAttribute("previousPage", found != null && found.page() > 0
                ? pageLink(request, found.page() - 1) : null);
        model.addAttribute("nextPage", found != null && found.hasNext() ? pageLink(request, found.page() + 1) : null);
        model.addAttribute("staff", staff);
        model.addAttribute("otherProfessional", otherProfessional(form, staff, records));
        model.addAttribute("errors", errors);
        return "audit/search";
    }

    /** The same search, another page. */
    private static String pageLink(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath("/audit").query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
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
