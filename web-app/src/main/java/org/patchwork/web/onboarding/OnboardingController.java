package org.patchwork.web.onboarding;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.config.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A platform administrator onboards an agency in one sitting: what it is, its staff's email domains and its own
 * identity provider, which the directory creates in Keycloak. The agency then waits, not offered at sign-in, until
 * someone of the agency has signed in through the test link and the administrator makes it live. Settings are changed
 * the same way later (a rotated secret or certificate, a new domain). Platform administrators only (see the security
 * configuration); the directory checks again.
 */
@Controller
class OnboardingController {

    private final DirectoryApi directory;

    OnboardingController(DirectoryApi directory) {
        this.directory = directory;
    }

    @ModelAttribute("kinds")
    Map<String, String> kinds() {
        return NewAgencyForm.KINDS;
    }

    @ModelAttribute("protocols")
    Map<String, String> protocols() {
        return IdentityProviderForm.PROTOCOLS;
    }

    @GetMapping("/onboarding")
    String beingOnboarded(Model model) {
        model.addAttribute("agencies", directory.beingOnboarded());
        return "onboarding/list";
    }

    @GetMapping("/onboarding/new")
    String newAgency(Model model) {
        model.addAttribute("agency", NewAgencyForm.empty());
        model.addAttribute("provider", IdentityProviderForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "onboarding/form";
    }

    @PostMapping("/onboarding/new")
    String onboard(@Valid @ModelAttribute("agency") NewAgencyForm agency, BindingResult agencyBinding,
                   @Valid @ModelAttribute("provider") IdentityProviderForm provider, BindingResult providerBinding,
                   Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(agencyBinding, NewAgencyForm.CHECKS);
        FormErrors.of(providerBinding, IdentityProviderForm.CHECKS).all().forEach(errors::add);
        if (!errors.any()) {
            try {
                directory.onboard(new DirectoryApi.NewAgency(agency.code(), agency.name().trim(), agency.kind(),
                        agency.areaList(), provider.domainList(), provider.toIdentityProvider()));
                redirect.addFlashAttribute("notice", agency.name().trim() + " is set up: ask them to test their"
                        + " sign-in");
                return "redirect:/onboarding/" + agency.code();
            } catch (ApiProblemException refused) {
                refusedOnForm(refused, errors, "code");
            }
        }
        model.addAttribute("errors", errors);
        return "onboarding/form";
    }

    @GetMapping("/onboarding/{code}")
    String agency(@PathVariable String code, Model model) {
        model.addAttribute("onboarding", directory.onboarding(code));
        return "onboarding/agency";
    }

    @GetMapping("/onboarding/{code}/identity-provider")
    String changeForm(@PathVariable String code, Model model) {
        DirectoryApi.Onboarding onboarding = directory.onboarding(code);
        model.addAttribute("onboarding", onboarding);
        model.addAttribute("provider", IdentityProviderForm.of(onboarding));
        model.addAttribute("errors", FormErrors.none());
        return "onboarding/identity-provider";
    }

    @PostMapping("/onboarding/{code}/identity-provider")
    String change(@PathVariable String code, @Valid @ModelAttribute("provider") IdentityProviderForm provider,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding, IdentityProviderForm.CHECKS);
        if (!errors.any()) {
            try {
                directory.changeIdentityProvider(code, new DirectoryApi.IdentityProviderChange(provider.domainList(),
                        provider.toIdentityProvider()));
                redirect.addFlashAttribute("notice", "The sign-in settings were saved");
                return "redirect:/onboarding/" + code;
            } catch (ApiProblemException refused) {
                refusedOnForm(refused, errors, "emailDomains");
            }
        }
        model.addAttribute("onboarding", directory.onboarding(code));
        model.addAttribute("errors", errors);
        return "onboarding/identity-provider";
    }

    @PostMapping("/onboarding/{code}/go-live")
    String goLive(@PathVariable String code, Model model, RedirectAttributes redirect) {
        try {
            DirectoryApi.Onboarding live = directory.goLive(code);
            redirect.addFlashAttribute("notice", live.agency().name() + " is live: its staff can sign in");
            return "redirect:/onboarding/" + code;
        } catch (ApiProblemException refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            model.addAttribute("onboarding", directory.onboarding(code));
            model.addAttribute("refusal", refused.problem().detail());
            return "onboarding/agency";
        }
    }

    /** The directory's refusals on the form: field errors at their fields, a conflict at {@code conflictField}. */
    private static void refusedOnForm(ApiProblemException refused, FormErrors errors, String conflictField) {
        Map<String, String> labels = new HashMap<>(NewAgencyForm.LABELS);
        labels.putAll(IdentityProviderForm.LABELS);
        switch (refused.status()) {
            case 400 -> errors.addAll(refused.problem(), IdentityProviderForm.FIELDS, labels);
            case 409 -> errors.add(refused.problem().type() != null
                    && refused.problem().type().endsWith("email-domain-taken") ? "emailDomains" : conflictField,
                    refused.problem().detail());
            case 503 -> errors.add("form", refused.problem().detail());
            default -> throw refused;
        }
    }
}
