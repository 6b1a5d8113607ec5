package org.patchwork.gateway.signin;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The sign-in page: a practitioner chooses their organisation, or types their work email and is sent to their
 * organisation's sign-in by its domain. Either way the login starts at Keycloak with a hint naming the
 * agency's identity provider, so Keycloak goes straight there.
 */
@Controller
class SignInController {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

    private final Agencies agencies;

    SignInController(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The CSRF token for the gateway's own forms, resolved before the page renders. */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @GetMapping("/sign-in")
    Mono<String> signIn(@RequestParam(required = false) String error, Model model) {
        return agencies.live().map(live -> {
            model.addAttribute("agencies", live);
            model.addAttribute("failed", error != null);
            return "sign-in";
        });
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }

    @PostMapping("/sign-in/email")
    Mono<Rendering> byEmail(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String email = Optional.ofNullable(form.getFirst("email")).orElse("").trim();
            return (email.length() > 254 ? Mono.just(Optional.<Agency>empty()) : agencies.byEmail(email))
                    .zipWith(agencies.live(), (agency, live) -> page(email, agency, live));
        });
    }

    private static Rendering page(String email, Optional<Agency> agency, List<Agency> live) {
        if (agency.isPresent()) {
            String login = UriComponentsBuilder.fromPath(LOGIN_PATH)
                    .queryParam("idp", agency.get().idpAlias())
                    .queryParam("login_hint", email)
                    .encode().build().toUriString();
            return Rendering.redirectTo(login).build();
        }
        return Rendering.view("sign-in")
                .status(HttpStatus.BAD_REQUEST)
                .modelAttribute("agencies", live)
                .modelAttribute("failed", false)
                .modelAttribute("email", email.length() > 254 ? "" : email)
                .modelAttribute("emailError", email.isEmpty()
                        ? "Enter your work email address"
                        : "We do not recognise the organisation of this email address. Choose your organisation instead")
                .build();
    }
}
