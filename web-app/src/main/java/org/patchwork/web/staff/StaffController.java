package org.patchwork.web.staff;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import org.patchwork.web.api.ApiProblem;
import org.patchwork.web.api.ApiProblemException;
import org.patchwork.web.api.DirectoryApi;
import org.patchwork.web.config.FormErrors;
import org.patchwork.web.directory.AgencyStaff;
import org.patchwork.web.directory.PreferredContacts;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    private final DirectoryApi directory;
    private final AgencyStaff agencyStaff;

    StaffController(DirectoryApi directory, AgencyStaff agencyStaff) {
        this.directory = directory;
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
        model.addAttribute("agency", directory.agency(agencyOf(user)));
        return "staff/list";
    }

    @GetMapping("/staff/duty-contact")
    String dutyContact(@AuthenticationPrincipal Jwt user, Model model) {
        model.addAttribute("form", DutyContactForm.of(directory.agency(agencyOf(user))));
        model.addAttribute("errors", FormErrors.none());
        return "staff/duty-contact";
    }

    @PostMapping("/staff/duty-contact")
    String setDutyContact(@AuthenticationPrincipal Jwt user, @Valid @ModelAttribute("form") DutyContactForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                directory.setDutyContact(agencyOf(user), form.toDutyContact());
                redirect.addFlashAttribute("notice", "The duty contact was saved");
                return "redirect:/staff";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), DutyContactForm.LABELS);
            }
        }
        model.addAttribute("errors", errors);
        return "staff/duty-contact";
    }

    @GetMapping("/staff/{id}/sensitive-role")
    String sensitiveRole(@AuthenticationPrincipal Jwt user, @PathVariable UUID id, Model model) {
        return sensitiveRolePage(user, ownStaff(user, id), new SensitiveRoleForm(null), FormErrors.none(), model);
    }

    /** Flags the member's role as sensitive when it is not, or shares their details again when it is. */
    @PostMapping("/staff/{id}/sensitive-role")
    String setSensitiveRole(@AuthenticationPrincipal Jwt user, @PathVariable UUID id,
                            @Valid @ModelAttribute("form") SensitiveRoleForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        DirectoryApi.StaffMember member = ownStaff(user, id);
        FormErrors errors = FormErrors.of(binding);
        if (!errors.any()) {
            try {
                DirectoryApi.StaffMember changed = directory.setSensitiveRole(agencyOf(user), id,
                        new DirectoryApi.SensitiveRole(!member.contactThroughDuty(), form.reason().strip()));
                redirect.addFlashAttribute("notice", changed.contactThroughDuty()
                        ? changed.name() + "'s role is marked as sensitive: colleagues are given the duty contact"
                        : changed.name() + "'s own contact details are shared again");
                return "redirect:/staff";
            } catch (ApiProblemException refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addAll(refused.problem(), Map.of(), Map.of("reason", "The reason"));
            }
        }
        return sensitiveRolePage(user, member, form, errors, model);
    }

    private String sensitiveRolePage(Jwt user, DirectoryApi.StaffMember member, SensitiveRoleForm form,
                                     FormErrors errors, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("agency", directory.agency(agencyOf(user)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "staff/sensitive-role";
    }

    @GetMapping("/staff/new")
    String newMember(Model model) {
        model.addAttribute("form", StaffForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "staff/form";
    }

    @PostMapping("/staff/new")
    String add(@AuthenticationPrincipal Jwt user, @Valid @ModelAttribute("form") StaffForm form,
               BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding, StaffForm.CHECKS);
        if (!errors.any()) {
            try {
                directory.addStaff(agencyOf(user), form.toDetails());
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
    String update(@AuthenticationPrincipal Jwt user, @PathVariable UUID id,
                  @Valid @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        FormErrors errors = FormErrors.of(binding, StaffForm.CHECKS);
        if (!errors.any()) {
            try {
                directory.updateStaff(agencyOf(user), id, form.toDetails());
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
        DirectoryApi.StaffMember left = directory.markLeft(agencyOf(user), id);
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
    String importStaff(@AuthenticationPrincipal Jwt user, @Valid @ModelAttribute("upload") StaffUpload upload,
                       BindingResult binding, Model model) throws IOException {
        FormErrors errors = FormErrors.of(binding, StaffUpload.CHECKS);
        if (!errors.any()) {
            try {
                model.addAttribute("report", directory.importStaff(agencyOf(user), csvPart(upload.file())));
                model.addAttribute("fileName", upload.file().getOriginalFilename());
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

    /** The uploaded file as the directory's multipart field {@code file}: a CSV file, keeping its name. */
    private static HttpEntity<Resource> csvPart(MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "staff.csv"
                : file.getOriginalFilename();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(new ByteArrayResource(file.getBytes()) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    /** A member of my own agency still working there; anyone else is "not found", as an unknown id. */
    private DirectoryApi.StaffMember ownStaff(Jwt user, UUID id) {
        DirectoryApi.StaffMember member = directory.professional(id);
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
