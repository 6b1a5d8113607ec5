package org.patchwork.web.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The professional phonebook — colleagues and organisations, local area first — and my own entry in it. */
@Controller
class DirectoryController {

    static final Map<String, String> PREFERRED = preferred();
    private static final Map<String, String> LABELS = Map.of("name", "Your name", "jobTitle", "Your job title",
            "team", "Your team", "workPhone", "Your work phone", "mobile", "Your mobile",
            "preferredContact", "How you prefer to be contacted");

    private final Services services;

    DirectoryController(Services services) {
        this.services = services;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PREFERRED;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(required = false) String q, Model model) {
        String terms = q == null ? "" : q.trim();
        model.addAttribute("q", terms);
        model.addAttribute("professionals", terms.isEmpty() ? List.of() : services.directory().get()
                .uri(uri -> uri.path("/api/directory/professionals").queryParam("q", terms).build())
                .retrieve().body(new ParameterizedTypeReference<Page<Colleague>>() {
                }).items());
        model.addAttribute("agencies", services.directory().get()
                .uri(uri -> terms.isEmpty() ? uri.path("/api/directory/agencies").build()
                        : uri.path("/api/directory/agencies").queryParam("q", terms).build())
                .retrieve().body(new ParameterizedTypeReference<Page<Organisation>>() {
                }).items());
        return "directory/directory";
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("form", services.directory().get().uri("/api/directory/me").retrieve()
                .body(ProfileForm.class));
        model.addAttribute("errors", FormErrors.none());
        return "directory/profile";
    }

    @PostMapping("/profile")
    String updateProfile(@ModelAttribute("form") ProfileForm form, Model model, RedirectAttributes redirect) {
        try {
            services.directory().put().uri("/api/directory/me").body(form.toJson()).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", "Your details were saved");
            return "redirect:/profile";
        } catch (ApiProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            model.addAttribute("errors", FormErrors.none().addAll(refused.problem(), Map.of(), LABELS));
            return "directory/profile";
        }
    }

    record Page<T>(List<T> items, int page, int size, boolean hasNext) {
    }

    record Colleague(String name, String jobTitle, String team, String agencyName, String workPhone, String mobile,
                     String email, String preferredContact, boolean localArea) {
    }

    record Organisation(String code, String name, String kind, List<String> areas, String switchboardPhone,
                        String email, boolean localArea) {
    }

    record ProfileForm(String name, String jobTitle, String team, String workPhone, String mobile,
                       String preferredContact, String email) {

        ProfileForm {
            name = Objects.toString(name, "");
            jobTitle = Objects.toString(jobTitle, "");
            team = Objects.toString(team, "");
            workPhone = Objects.toString(workPhone, "");
            mobile = Objects.toString(mobile, "");
            preferredContact = Objects.toString(preferredContact, "EMAIL");
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", name);
            json.put("jobTitle", blankToNull(jobTitle));
            json.put("team", blankToNull(team));
            json.put("workPhone", blankToNull(workPhone));
            json.put("mobile", blankToNull(mobile));
            json.put("preferredContact", preferredContact);
            return json;
        }

        private static String blankToNull(String value) {
            return value.isBlank() ? null : value;
        }
    }

    private static Map<String, String> preferred() {
        Map<String, String> preferred = new LinkedHashMap<>();
        preferred.put("WORK_PHONE", "Work phone");
        preferred.put("MOBILE", "Mobile");
        preferred.put("SMS", "Text message");
        preferred.put("EMAIL", "Email");
        return preferred;
    }
}
