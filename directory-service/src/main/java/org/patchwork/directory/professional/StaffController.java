package org.patchwork.directory.professional;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.patchwork.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory/agencies/{code}/staff")
@Tag(name = "Agency staff", description = "An agency administrator manages their own agency's staff")
class StaffController {

    private final StaffService service;

    StaffController(StaffService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "My agency's staff by name, active and left (or one status), a page at a time")
    SearchPage<ProfessionalView> list(Caller caller, @PathVariable String code,
                                      @RequestParam(required = false) ProfessionalStatus status,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return service.list(caller, code, status, page, size);
    }

    @PostMapping
    @Operation(summary = "Add a member of staff; their first sign-in links to this entry by work email")
    ResponseEntity<ProfessionalView> create(Caller caller, @PathVariable String code,
                                            @Valid @RequestBody StaffMember member) {
        Professional professional = service.create(caller, code, member);
        return ResponseEntity.created(URI.create("/api/directory/professionals/" + professional.id()))
                .body(ProfessionalView.of(professional));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a member of staff's role, team, contact details or areas")
    ProfessionalView update(Caller caller, @PathVariable String code, @PathVariable UUID id,
                            @Valid @RequestBody StaffMember member) {
        return ProfessionalView.of(service.update(caller, code, id, member));
    }

    @PutMapping("/{id}/sensitive-role")
    @Operation(summary = "Flag a member of staff's role as sensitive (or no longer): colleagues are then given the"
            + " agency's duty contact instead of their own numbers and email. Recorded with the reason")
    ProfessionalView sensitiveRole(Caller caller, @PathVariable String code, @PathVariable UUID id,
                                   @Valid @RequestBody SensitiveRole role) {
        return ProfessionalView.of(service.setSensitiveRole(caller, code, id, role));
    }

    @GetMapping("/{id}/sensitive-role")
    @Operation(summary = "Who flagged or unflagged a member of staff's role as sensitive, when and why")
    List<SensitiveRoleChange> sensitiveRoleChanges(Caller caller, @PathVariable String code, @PathVariable UUID id) {
        return service.sensitiveRoleChanges(caller, code, id);
    }

    @PostMapping("/{id}/left")
    @Operation(summary = "Mark a member of staff as having left the agency")
    ProfessionalView markLeft(Caller caller, @PathVariable String code, @PathVariable UUID id) {
        return ProfessionalView.of(service.markLeft(caller, code, id));
    }
}
