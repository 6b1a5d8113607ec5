package org.patchwork.directory.agency;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory/agencies")
@Tag(name = "Agencies", description = "The organisations in the data sharing agreement")
class AgencyController {

    private final AgencyService service;

    AgencyController(AgencyService service) {
        this.service = service;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One agency: what it is, the areas it covers, how to reach it")
    AgencyView agency(@PathVariable String code) {
        return AgencyView.of(service.get(code));
    }

    @PostMapping
    @Operation(summary = "Onboard an agency to the data sharing agreement (platform administrators)")
    ResponseEntity<AgencyView> onboard(Caller caller, @Valid @RequestBody AgencyRegistration registration) {
        Agency agency = service.onboard(caller, registration);
        return ResponseEntity.created(URI.create("/api/directory/agencies/" + agency.code()))
                .body(AgencyView.of(agency));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change an agency's details (its own administrators, or platform administrators)")
    AgencyView update(Caller caller, @PathVariable String code, @Valid @RequestBody AgencyDetails details) {
        return AgencyView.of(service.updateDetails(caller, code, details));
    }

    @PutMapping("/{code}/duty-contact")
    @Operation(summary = "Set the agency's duty phone and email, given in place of the own contact details of its"
            + " staff in sensitive roles (its own administrators, or platform administrators)")
    AgencyView dutyContact(Caller caller, @PathVariable String code, @Valid @RequestBody DutyContact duty) {
        return AgencyView.of(service.updateDutyContact(caller, code, duty));
    }

    @PostMapping("/{code}/suspend")
    @Operation(summary = "Suspend an agency: its staff can no longer use Patchwork (platform administrators)")
    AgencyView suspend(Caller caller, @PathVariable String code) {
        return AgencyView.of(service.suspend(caller, code));
    }

    @PostMapping("/{code}/reinstate")
    @Operation(summary = "Let a suspended agency's staff use Patchwork again (platform administrators)")
    AgencyView reinstate(Caller caller, @PathVariable String code) {
        return AgencyView.of(service.reinstate(caller, code));
    }
}
