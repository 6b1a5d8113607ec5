package org.patchwork.web.clients;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.ClientNetworkApi;
import org.patchwork.web.api.LegalBasis;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.DayMonthYear;
import org.patchwork.web.config.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Finding a client without browsing people: identifying details in, a few recognisable candidates out; then
 * joining the client's team with a stated reason and legal basis, or adding a client Patchwork does not know.
 */
@Controller
class FindClientController {

    private static final Map<String, String> LOOKUP_LABELS = Map.of("familyName", "Family name",
            "dateOfBirth", "Date of birth", "postcode", "Postcode", "reason", "Reason");
    private static final Map<String, String> CLIENT_FIELDS = Map.of("client.givenName", "givenName",
            "client.familyName", "familyName", "client.knownAs", "knownAs", "client.dateOfBirth", "dateOfBirth",
            "client.address", "address", "client.postcode", "postcode", "client.localReference", "localReference",
            "basis.legalBasis", "legalBasis", "basis.reason", "reason", "basis.reviewDate", "reviewDate");
    private static final Map<String, String> CLIENT_LABELS = Map.of("givenName", "Given name",
            "familyName", "Family name", "knownAs", "Known as", "dateOfBirth", "Date of birth", "address", "Address",
            "postcode", "Postcode", "localReference", "Local reference", "legalBasis", "Legal basis",
            "reason", "Reason");
    static final Map<String, String> BASIS_LABELS = Map.of("legalBasis", "Legal basis", "reason", "Reason",
            "reviewDate", "Review date");
    /** The legal bases by name; anything else (nothing chosen, or a value no form offers) is refused. */
    static final String LEGAL_BASES = "CONSENT|SAFEGUARDING_DUTY|OTHER_STATUTORY_DUTY";
    static final String CHOOSE_BASIS = "Choose the legal basis for your involvement";
    static final String SAY_WHY = "Say why you are involved with this client";

    private final ClientNetworkApi clientNetwork;

    FindClientController(ClientNetworkApi clientNetwork) {
        this.clientNetwork = clientNetwork;
    }

    @ModelAttribute("legalBases")
    LegalBasis[] legalBases() {
        return LegalBasis.values();
    }

    @GetMapping("/clients/find")
    String find(Model model) {
        model.addAttribute("form", new LookupForm("", DateFields.empty(), "", ""));
        model.addAttribute("errors", FormErrors.none());
        return "clients/find";
    }

    @PostMapping("/clients/find")
    String lookUp(@Valid @ModelAttribute("form") LookupForm form, BindingResult binding, Model model) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                model.addAttribute("candidates", clientNetwork.lookUp(form.toLookup()));
                return "clients/candidates";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 422) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), LOOKUP_LABELS);
            }
        }
        model.addAttribute("errors", errors);
        return "clients/find";
    }

    @GetMapping("/clients/{id}/join")
    String joinForm(@PathVariable UUID id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("form", new BasisForm("", "", DateFields.empty()));
        model.addAttribute("errors", FormErrors.none());
        return "clients/join";
    }

    @PostMapping("/clients/{id}/join")
    String join(@PathVariable UUID id, @Valid @ModelAttribute("form") BasisForm form, BindingResult binding,
                Model model) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                clientNetwork.join(id, form.toBasis());
                return "redirect:/clients/" + id;
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), BASIS_LABELS);
            }
        }
        model.addAttribute("clientId", id);
        model.addAttribute("errors", errors);
        return "clients/join";
    }

    @GetMapping("/clients/new")
    String newClient(Model model) {
        model.addAttribute("form", NewClientForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "clients/new";
    }

    @PostMapping("/clients/new")
    String register(@Valid @ModelAttribute("form") NewClientForm form, BindingResult binding, Model model) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                return "redirect:/clients/" + clientNetwork.register(form.toNewClient()).id();
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                if (refused.problem().type() != null && refused.problem().type().endsWith("/possible-duplicate")) {
                    errors.add("differentPerson", "A client with this family name and date of birth is already "
                            + "known. Find them and ask to join their team, or confirm this is a different person");
                    model.addAttribute("possibleDuplicate", true);
                } else {
                    errors.addAll(refused.problem(), CLIENT_FIELDS, CLIENT_LABELS);
                }
            }
        }
        model.addAttribute("errors", errors);
        return "clients/new";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    record LookupForm(
            @NotBlank(message = "Enter the client's family name") String familyName,
            @DayMonthYear(message = "Enter the client's date of birth as day, month and year") DateFields dateOfBirth,
            String postcode,
            @NotBlank(message = "Say why you are looking for this client") String reason) {

        LookupForm {
            familyName = Objects.toString(familyName, "");
            dateOfBirth = dateOfBirth == null ? DateFields.empty() : dateOfBirth;
            postcode = Objects.toString(postcode, "");
            reason = Objects.toString(reason, "");
        }

        ClientNetworkApi.Lookup toLookup() {
            return new ClientNetworkApi.Lookup(familyName.trim(), dateOfBirth.toDate(), blankToNull(postcode),
                    reason.trim());
        }
    }

    /** Joining a client's team, or accepting an invitation to it: the legal basis, why, and when to review. */
    record BasisForm(
            @Pattern(regexp = LEGAL_BASES, message = CHOOSE_BASIS) String legalBasis,
            @NotBlank(message = SAY_WHY) String reason,
            @DayMonthYear(optional = true,
                    message = "Enter the review date as day, month and year, or leave it empty") DateFields reviewDate) {

        BasisForm {
            legalBasis = Objects.toString(legalBasis, "");
            reason = Objects.toString(reason, "");
            reviewDate = reviewDate == null ? DateFields.empty() : reviewDate;
        }

        ClientNetworkApi.Basis toBasis() {
            return new ClientNetworkApi.Basis(LegalBasis.valueOf(legalBasis), reason.trim(), reviewDate.toDate());
        }
    }

    record NewClientForm(
            @NotBlank(message = "Enter the client's given name") String givenName,
            @NotBlank(message = "Enter the client's family name") String familyName,
            String knownAs,
            @DayMonthYear(message = "Enter the client's date of birth as day, month and year") DateFields dateOfBirth,
            String address, String postcode, String localReference,
            @Pattern(regexp = LEGAL_BASES, message = CHOOSE_BASIS) String legalBasis,
            @NotBlank(message = SAY_WHY) String reason,
            Boolean differentPerson) {

        NewClientForm {
            givenName = Objects.toString(givenName, "");
            familyName = Objects.toString(familyName, "");
            knownAs = Objects.toString(knownAs, "");
            dateOfBirth = dateOfBirth == null ? DateFields.empty() : dateOfBirth;
            address = Objects.toString(address, "");
            postcode = Objects.toString(postcode, "");
            localReference = Objects.toString(localReference, "");
            legalBasis = Objects.toString(legalBasis, "");
            reason = Objects.toString(reason, "");
            // An unticked checkbox sends nothing.
            differentPerson = Boolean.TRUE.equals(differentPerson);
        }

        static NewClientForm empty() {
            return new NewClientForm("", "", "", DateFields.empty(), "", "", "", "", "", false);
        }

        ClientNetworkApi.NewClient toNewClient() {
            return new ClientNetworkApi.NewClient(
                    new ClientNetworkApi.ClientDetails(givenName.trim(), familyName.trim(), blankToNull(knownAs),
                            dateOfBirth.toDate(), blankToNull(address), blankToNull(postcode),
                            blankToNull(localReference)),
                    new ClientNetworkApi.Basis(LegalBasis.valueOf(legalBasis), reason.trim(), null),
                    differentPerson);
        }
    }
}
