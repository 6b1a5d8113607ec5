package org.patchwork.web.home;

import org.patchwork.web.config.ServiceUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

/** The start page after signing in. Reading the profile also creates it on a first sign-in. */
@Controller
class HomeController {

    private final RestClient directory;

    HomeController(RestClient.Builder http, ServiceUrls services) {
        this.directory = http.baseUrl(services.directory()).build();
    }

    @GetMapping("/")
    String home(Model model) {
        Profile profile = directory.get().uri("/api/directory/me").retrieve().body(Profile.class);
        AgencySummary agency = directory.get().uri("/api/directory/agencies/{code}", profile.agency())
                .retrieve().body(AgencySummary.class);
        model.addAttribute("me", new Me(profile, agency.name()));
        return "home";
    }
}
