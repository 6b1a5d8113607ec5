package org.patchwork.web.clients;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.DateFields;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
    private static final Map<String, String> BASIS_LABELS = Map.of("legalBasis", "Legal basis", "reason", "Reason",
            "reviewDate", "Review date");

    private final Services services;

    FindClientController(Services services) {
        this.services = services;
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
    String lookUp(@ModelAttribute("form") LookupForm form, Model model) {
        FormErrors errors = FormErrors.none();
        LocalDate dateOfBirth = form.dateOfBirth().toDate();
        if (form.familyName().isBlank()) {
            errors.add("familyName", "Enter the client's family name");
        }
        if (dateOfBirth == null) {
            errors.add("dateOfBirth", "Enter the client's date of birth as day, month and year");
        }
        if (form.reason().isBlank()) {
            errors.add("reason", "Say why you are looking for this client");
        }
        if (!errors.any()) {
            try {
                Map<String, Object> request = new HashMap<>(Map.of("familyName", form.familyName().trim(),
                        "dateOfBirth", dateOfBirth.toString(), "reason", form.reason().trim()));
                if (!form.postcode().isBlank()) {
                    request.put("postcode", form.postcode().trim());
                }
                model.addAttribute("candidates", Arrays.asList(services.clientNetwork().post()
                        .uri("/api/clients/lookup").body(request).retrieve().body(Api.Candidate[].class)));
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
    String join(@PathVariable UUID id, @ModelAttribute("form") BasisForm form, Model model) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                services.clientNetwork().post().uri("/api/clients/{id}/network/join", id).body(form.toJson())
                        .retrieve().toBodilessEntity();
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
    String register(@ModelAttribute("form") NewClientForm form, Model model) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                Api.Registered registered = services.clientNetwork().post().uri("/api/clients").body(form.toJson())
                        .retrieve().body(Api.Registered.class);
                return "redirect:/clients/" + registered.id();
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

    record LookupForm(String familyName, DateFields dateOfBirth, String postcode, String reason) {

        LookupForm {
            familyName = Objects.toString(familyName, "");
            dateOfBirth = dateOfBirth == null ? DateFields.empty() : dateOfBirth;
            postcode = Objects.toString(postcode, "");
            reason = Objects.toString(reason, "");
        }
    }

    record BasisForm(String legalBasis, String reason, DateFields reviewDate) {

        BasisForm {
            legalBasis = Objects.toString(legalBasis, "");
            reason = Objects.toString(reason, "");
        }

        FormErrors check() {
            FormErrors errors = FormErrors.none();
            if (legalBasis == null || legalBasis.isBlank()) {
                errors.add("legalBasis", "Choose the legal basis for your involvement");
            }
            if (reason == null || reason.isBlank()) {
                errors.add("reason", "Say why you are involved with this client");
            }
            if (reviewDate != null && !reviewDate.isBlank() && reviewDate.toDate() == null) {
                errors.add("reviewDate", "Enter the review date as day, month and year, or leave it empty");
            }
            return errors;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("legalBasis", legalBasis);
            json.put("reason", reason.trim());
            if (reviewDate != null && !reviewDate.isBlank()) {
                json.put("reviewDate", reviewDate.toDate().toString());
            }
            return json;
        }
    }

    record NewClientForm(String givenName, String familyName, String knownAs, DateFields dateOfBirth,
                         String address, String postcode, String localReference, String legalBasis, String reason,
                         Boolean differentPerson) {

        NewClientForm {
            givenName = Objects.toString(givenName, "");
            familyName = Objects.toString(familyName, "");
            knownAs = Objects.toString(knownAs, "");
            dateOfBirth = dateOfBirth == null ? DateFields.empty() : dateOfBirth;
            address = Objects.toString(address, "");
            postcode = Objects.toString(postcode, "");
            localReference = Objects.toString(localReference, "");
            // An unticked checkbox sends nothing.
            differentPerson = Boolean.TRUE.equals(differentPerson);
        }

        static NewClientForm empty() {
            return new NewClientForm("", "", "", DateFields.empty(), "", "", "", "", "", false);
        }

        FormErrors check() {
            FormErrors errors = FormErrors.none();
            if (givenName.isBlank()) {
                errors.add("givenName", "Enter the client's given name");
            }
            if (familyName.isBlank()) {
                errors.add("familyName", "Enter the client's family name");
            }
            if (dateOfBirth.toDate() == null) {
                errors.add("dateOfBirth", "Enter the client's date of birth as day, month and year");
            }
            errors.all().putAll(new BasisForm(legalBasis, reason, null).check().all());
            return errors;
        }

        Map<String, Object> toJson() {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("givenName", givenName.trim());
            client.put("familyName", familyName.trim());
            client.put("knownAs", blankToNull(knownAs));
            client.put("dateOfBirth", dateOfBirth.toDate().toString());
            client.put("address", blankToNull(address));
            client.put("postcode", blankToNull(postcode));
            client.put("localReference", blankToNull(localReference));
            return Map.of("client", client, "basis", new BasisForm(legalBasis, reason, null).toJson(),
                    "differentPerson", differentPerson);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
