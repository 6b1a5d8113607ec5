package org.patchwork.directory.provisioning;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.patchwork.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/directory/agencies/{code}/scim-credentials")
@Tag(name = "Agency provisioning", description = "Platform administrators connect an agency's identity provider's"
        + " provisioning (SCIM 2.0 at /scim/v2) with a bearer token of its own")
class ScimCredentialController {

    private final ScimCredentialService service;

    ScimCredentialController(ScimCredentialService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Issue a SCIM bearer token for the agency: shown in this answer only")
    ResponseEntity<CredentialView> issue(Caller caller, @PathVariable String code,
                                         @Valid @RequestBody CredentialRequest request) {
        CredentialView issued = service.issue(caller, code, request);
        return ResponseEntity.created(URI.create("/api/directory/agencies/" + code + "/scim-credentials/"
                + issued.id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "The agency's SCIM credentials, revoked ones included (never their tokens)")
    List<CredentialView> list(Caller caller, @PathVariable String code) {
        return service.list(caller, code);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a SCIM credential: its token is refused from now on")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String code, @PathVariable UUID id) {
        service.revoke(caller, code, id);
        return ResponseEntity.noContent().build();
    }
}
