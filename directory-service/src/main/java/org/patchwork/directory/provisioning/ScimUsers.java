package org.patchwork.directory.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.validation.Validator;
import org.patchwork.directory.professional.Professional;
import org.patchwork.directory.professional.ProfessionalStatus;
import org.patchwork.directory.professional.ProvisionedStaff;
import org.patchwork.directory.professional.StaffMember;
import org.patchwork.platform.problem.PatchworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agency's provisioning may do with its professionals over SCIM. Creating or changing one takes the same
 * path, rules and events as the agency's administrators; deactivating (PATCH or PUT {@code active: false}, or
 * DELETE) marks them as left as their administrator would ({@code ProfessionalLeft}), and has their Keycloak account
 * disabled ({@link AccountToDisable}). Every answer is about the credential's own agency only. A refusal rolls back
 * whatever the request had changed.
 */
@Service
class ScimUsers {

    private static final Logger log = LoggerFactory.getLogger(ScimUsers.class);

    private final ProvisionedStaff staff;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ScimUsers(ProvisionedStaff staff, Validator validator, ApplicationEventPublisher events) {
        this.staff = staff;
        this.validator = validator;
        this.events = events;
    }

    @Transactional(rollbackFor = ScimException.class)
    Professional create(ScimClient client, UserResource user) throws ScimException {
        StaffMember member = ScimUserMapping.staffMember(user, Optional.empty(), validator);
        requireAgencyDomain(client, member.email());
        if (Boolean.FALSE.equals(user.getActive())) {
            throw BadRequestException.invalidValue("A professional is created active; deactivate them to mark them"
                    + " as having left.");
        }
        Professional created = withScimErrors(() -> staff.create(client.agencyCode(), member));
        log.info("SCIM credential {} created professional {} in agency {}", client.credentialId(), created.id(),
                client.agencyCode());
        return created;
    }

    @Transactional(readOnly = true)
    Professional get(ScimClient client, String id) throws ScimException {
        return staff.find(client.agencyCode(), professionalId(id)).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    Optional<Professional> findByUserName(ScimClient client, String userName) {
        return staff.findByEmail(client.agencyCode(), userName);
    }

    /** A page of the agency's staff: {@code offset} from 0, one more than asked says more follow. */
    @Transactional(readOnly = true)
    List<Professional> page(ScimClient client, int limit, int offset) {
        return staff.page(client.agencyCode(), limit, offset);
    }

    @Transactional(readOnly = true)
    long count(ScimClient client) {
        return staff.count(client.agencyCode());
    }

    @Transactional(rollbackFor = ScimException.class)
    Professional replace(ScimClient client, String id, UserResource user) throws ScimException {
        Professional current = get(client, id);
        if (Boolean.TRUE.equals(user.getActive()) && current.status() == ProfessionalStatus.LEFT) {
            throw BadRequestException.mutability("This professional has left their agency and cannot be made"
                    + " active again by provisioning.");
        }
        StaffMember member = ScimUserMapping.staffMember(user, Optional.of(current), validator);
        if (!member.email().equalsIgnoreCase(current.email())) {
            requireAgencyDomain(client, member.email());
        }
        Professional replaced = withScimErrors(() -> staff.replace(client.agencyCode(), current.id(), member));
        return Boolean.FALSE.equals(user.getActive()) ? deactivate(client, replaced) : replaced;
    }

    /** Applies the operations (RFC 7644 3.5.2) to the professional as a SCIM User, then replaces them with that. */
    @Transactional(rollbackFor = ScimException.class)
    Professional patch(ScimClient client, String id, PatchRequest patch) throws ScimException {
        Professional current = get(client, id);
        GenericScimResource resource = ScimUserMapping.user(current, null).asGenericScimResource();
        patch.apply(resource);
        UserResource patched;
        try {
            patched = JsonUtils.nodeToValue(resource.getObjectNode(), UserResource.class);
        } catch (JsonProcessingException | IllegalArgumentException wrongType) {
            throw BadRequestException.invalidValue("After these operations the User has a value of the wrong type.");
        }
        return replace(client, id, patched);
    }

    @Transactional(rollbackFor = ScimException.class)
    void delete(ScimClient client, String id) throws ScimException {
        deactivate(client, get(client, id));
    }

    private Professional deactivate(ScimClient client, Professional professional) {
        if (professional.status() == ProfessionalStatus.LEFT) {
            return professional;
        }
        Professional left = staff.markLeft(client.agencyCode(), professional.id());
        events.publishEvent(new AccountToDisable(left.id(), left.agencyCode(), left.keycloakSubject(), left.email()));
        log.info("SCIM credential {} deactivated professional {} of agency {}: marked as left", client.credentialId(),
                left.id(), client.agencyCode());
        return left;
    }

    private static void requireAgencyDomain(ScimClient client, String email) throws BadRequestException {
        if (!client.mayUse(email)) {
            throw BadRequestException.invalidValue("userName must be a work email at one of this agency's domains ("
                    + String.join(", ", client.emailDomains()) + ").");
        }
    }

    private static UUID professionalId(String id) throws ResourceNotFoundException {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw notFound(id);
        }
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("No User with id " + id + ".");
    }

    private interface Change {
        Professional run();
    }

    /** The directory's own refusals (a duplicate email, an email fixed by the first sign-in) as SCIM errors. */
    private static Professional withScimErrors(Change change) throws ScimException {
        try {
            return change.run();
        } catch (PatchworkException refused) {
            switch (refused.status()) {
                case CONFLICT -> throw ResourceConflictException.uniqueness(refused.getMessage());
                case NOT_FOUND -> throw new ResourceNotFoundException(refused.getMessage());
                case BAD_REQUEST -> throw BadRequestException.mutability(refused.getMessage());
                default -> throw refused;
            }
        }
    }
}
