package org.patchwork.web.directory;

import java.util.List;
import java.util.Map;

import org.patchwork.web.api.DirectoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The professional phonebook: colleagues and organisations, local area first. */
@Controller
class DirectoryController {

    private final DirectoryApi directory;

    DirectoryController(DirectoryApi directory) {
        this.directory = directory;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PreferredContacts.LABELS;
    }

    @GetMapping("/directory")
    String directory(@RequestParam(required = false) String q, Model model) {
        String terms = q == null ? "" : q.trim();
        model.addAttribute("q", terms);
        model.addAttribute("professionals", terms.isEmpty() ? List.of()
                : directory.professionals(terms, null, null, null).items());
        model.addAttribute("agencies", directory.agencies(terms.isEmpty() ? null : terms).items());
        return "directory/directory";
    }
}
