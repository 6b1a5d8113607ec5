package org.patchwork.web.staff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.patchwork.web.config.ApiProblem;
import org.patchwork.web.config.ApiProblemException;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.config.Services;
import org.patchwork.web.directory.AgencyStaff;
import org.patchwork.web.directory.PreferredContacts;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency administrator looks after their own agency's staff: who is listed, adding and correcting entries,
 * importing a staff list from a spreadsheet, and marking leavers, whose access to clients then ends. Only agency
 * administrators reach these pages (see the security configuration); the directory checks again that the
 * agency is their own.
 */
@Controller
class StaffController {

    /** The directory refuses larger uploads; checked here too so that the page can say so. */
    static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final Services services;
    private final AgencyStaff agencyStaff;

    StaffController(Services services, AgencyStaff agencyStaff) {
        this.services = services;
        this.agencyStaff = agencyStaff;
    }

    @ModelAttribute("preferredContacts")
    Map<String, String> preferredContacts() {
        return PreferredContacts.LABELS;
    }

    @GetMapping("/staff")
    String staff(@AuthenticationPrincipal Jwt user, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(defaultValue = "false") boolean left, Model model) {
        model.addAttribute("left", left);
        model.addAttribute("staff", agencyStaff.page(agencyOf(user), Math.max(0, page), left));
        return "staff/list";
    }

    @GetMapping("/staff/new")
    String newMember(Model model) {
        model.addAttribute("form", StaffForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "staff/form";
    }

    @PostMapping("/staff/new")
    String add(@AuthenticationPrincipal Jwt user, @ModelAttribute("form") StaffForm form, Model model,
               RedirectAttributes redirect) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                services.directory().post().uri("/api/directory/agencies/{code}/staff", agencyOf(user))
                        .body(form.toJson()).retrieve().toBodilessEntity();
                redirect.addFlashAttribute("notice", form.name().trim() + " was added");
                return "redirect:/staff";
            } catch (ApiProblemException refused) {
                refusedOnForm(refused, errors);
            }
        }
        model.addAttribute("errors", errors);
        return "staff/form";
    }

    @GetMapping("/staff/{id}")
    String member(@AuthenticationPrincipal Jwt user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", StaffForm.of(ownStaff(user, id)));
        model.addAttribute("memberId", id);
        model.addAttribute("errors", FormErrors.none());
        return "staff/form";
    }

    @PostMapping("/staff/{id}")
    String update(@AuthenticationPrincipal Jwt user, @PathVariable UUID id, @ModelAttribute("form") StaffForm form,
                  Model model, RedirectAttributes redirect) {
        FormErrors errors = form.check();
        if (!errors.any()) {
            try {
                services.directory().put().uri("/api/directory/agencies/{code}/staff/{id}", agencyOf(user), id)
                        .body(form.toJson()).retrieve().toBodilessEntity();
                redirect.addFlashAttribute("notice", form.name().trim() + "'s details were saved");
                return "redirect:/staff";
            } catch (ApiProblemException refused) {
                refusedOnForm(refused, errors);
            }
        }
        model.addAttribute("memberId", id);
        model.addAttribute("errors", errors);
        return "staff/form";
    }

    @GetMapping("/staff/{id}/left")
    String confirmLeft(@AuthenticationPrincipal Jwt user, @PathVariable UUID id, Model model) {
        model.addAttribute("member", ownStaff(user, id));
        return "staff/left";
    }

    @PostMapping("/staff/{id}/left")
    String markLeft(@AuthenticationPrincipal Jwt user, @PathVariable UUID id, RedirectAttributes redirect) {
        StaffForm.StaffMember left = services.directory().post()
                .uri("/api/directory/agencies/{code}/staff/{id}/left", agencyOf(user), id)
                .retrieve().body(StaffForm.StaffMember.class);
        redirect.addFlashAttribute("notice", left.name() + " is marked as having left: they can no longer see"
                + " any client");
        return "redirect:/staff";
    }

    @GetMapping("/staff/import")
    String importForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "staff/import";
    }

    @PostMapping("/staff/import")
    String importStaff(@AuthenticationPrincipal Jwt user, @RequestParam(required = false) MultipartFile file,
                       Model model) throws IOException {
        FormErrors errors = FormErrors.none();
        if (file == null || file.isEmpty()) {
            errors.add("file", "Choose a CSV file of your staff");
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            errors.add("file", "The file must be smaller than 2 MB; split a longer list into several files");
        } else {
            try {
                model.addAttribute("report", services.directory().post()
                        .uri("/api/directory/agencies/{code}/staff/import", agencyOf(user))
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(csvPart(file))
                        .retrieve().body(ImportReport.class));
                model.addAttribute("fileName", file.getOriginalFilename());
                return "staff/report";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 413) {
                    throw refused;
                }
                errors.add("file", refused.problem().detail() == null ? "The file could not be imported"
                        : refused.problem().detail());
            }
        }
        model.addAttribute("errors", errors);
        return "staff/import";
    }

    /** The uploaded file as the directory's multipart field {@code file}, keeping its name. */
    private static MultiValueMap<String, Object> csvPart(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "staff.csv"
                : file.getOriginalFilename();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(new ByteArrayResource(file.getBytes()) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers));
        return body;
    }

    /** A member of my own agency still working there; anyone else is "not found", as an unknown id. */
    private StaffForm.StaffMember ownStaff(Jwt user, UUID id) {
        StaffForm.StaffMember member = services.directory().get().uri("/api/directory/professionals/{id}", id)
                .retrieve().body(StaffForm.StaffMember.class);
        if (member == null || member.hasLeft() || !Objects.equals(agencyOf(user), member.agency())) {
            throw new ApiProblemException(new ApiProblem(404, null, "Not Found", "No such member of staff", List.of()));
        }
        return member;
    }

    private static void refusedOnForm(ApiProblemException refused, FormErrors errors) {
        switch (refused.status()) {
            case 400 -> errors.addAll(refused.problem(), Map.of(), StaffForm.LABELS);
            case 409 -> errors.add("email", refused.problem().detail());
            default -> throw refused;
        }
    }

    private static String agencyOf(Jwt user) {
        return user.getClaimAsString("agency");
    }
}
