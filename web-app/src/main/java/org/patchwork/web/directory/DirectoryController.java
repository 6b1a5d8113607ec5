package org.patchwork.web.directory;

import java.util.List;
import java.util.Map;

import org.patchwork.web.config.Services;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The professional phonebook: colleagues and organisations, local area first. */
@Controller
class DirectoryController {

    private final Services services;

    DirectoryController(Services services) {
        this.services = services;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PreferredContacts.LABELS;
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

    record Page<T>(List<T> items, int page, int size, boolean hasNext) {
    }

    record Colleague(String name, String jobTitle, String team, String agencyName, String workPhone, String mobile,
                     String email, String preferredContact, boolean localArea) {
    }

    record Organisation(String code, String name, String kind, List<String> areas, String switchboardPhone,
                        String email, boolean localArea) {
    }
}
