package org.patchwork.directory.provisioning;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.PhoneNumber;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.patchwork.directory.professional.PreferredContact;
import org.patchwork.directory.professional.Professional;
import org.patchwork.directory.professional.ProfessionalStatus;
import org.patchwork.directory.professional.StaffMember;

/**
 * A professional as a SCIM User (RFC 7643) and back. {@code userName} is the work email, the key every
 * provisioning client matches on; the directory's one name is {@code displayName} (or, when a client sends none,
 * {@code name.formatted}, else the given and family names); {@code title} is the job title, the enterprise
 * extension's {@code department} the team, the {@code work} and {@code mobile} phone numbers the phones. What
 * SCIM does not carry (preferred contact, areas) stays as the professional or their admin set it.
 */
final class ScimUserMapping {

    static final String WORK = "work";
    static final String MOBILE = "mobile";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** SCIM attribute names of the staff details, for error details a provisioning admin can act on. */
    private static final Map<String, String> ATTRIBUTES = Map.of("name", "displayName", "email", "userName",
            "jobTitle", "title", "team", ENTERPRISE_USER + ":department",
            "workPhone", "phoneNumbers[type eq \"work\"]", "mobile", "phoneNumbers[type eq \"mobile\"]",
            "areas", "areas", "preferredContact", "preferredContact");

    private ScimUserMapping() {
    }

    static UserResource user(Professional professional, URI location) {
        UserResource user = new UserResource();
        user.setId(professional.id().toString());
        user.setUserName(professional.email());
        user.setDisplayName(professional.name());
        user.setName(new Name().setFormatted(professional.name()));
        user.setTitle(professional.jobTitle());
        user.setActive(professional.status() == ProfessionalStatus.ACTIVE);
        user.setEmails(List.of(new Email().setValue(professional.email()).setType(WORK).setPrimary(true)));
        List<PhoneNumber> phones = Stream.of(phone(professional.workPhone(), WORK),
                phone(professional.mobile(), MOBILE)).filter(Objects::nonNull).toList();
        user.setPhoneNumbers(phones.isEmpty() ? null : phones);
        if (professional.team() != null) {
            user.setExtension(new EnterpriseUserExtension().setDepartment(professional.team()));
        }
        Meta meta = new Meta();
        meta.setResourceType("User");
        meta.setLocation(location);
        user.setMeta(meta);
        return user;
    }

    /**
     * The staff details a SCIM User gives, for a new professional ({@code current} empty) or one the directory
     * has; refused as a SCIM {@code invalidValue} error when one does not hold.
     */
    static StaffMember staffMember(UserResource user, Optional<Professional> current, Validator validator)
            throws BadRequestException {
        StaffMember member = new StaffMember(nameOf(user), user.getUserName(), user.getTitle(), department(user),
                phoneOf(user, WORK), phoneOf(user, MOBILE),
                current.map(Professional::preferredContact).orElse(PreferredContact.EMAIL),
                current.map(Professional::areas).orElse(List.of()));
        var violations = validator.validate(member);
        if (!violations.isEmpty()) {
            throw BadRequestException.invalidValue(violations.stream()
                    .map(ScimUserMapping::describe).sorted().collect(Collectors.joining("; ")));
        }
        return member;
    }

    private static String describe(ConstraintViolation<StaffMember> violation) {
        String field = violation.getPropertyPath().iterator().next().getName();
        return ATTRIBUTES.getOrDefault(field, field) + " " + violation.getMessage();
    }

    private static String nameOf(UserResource user) {
        if (user.getDisplayName() != null && !user.getDisplayName().isBlank()) {
            return user.getDisplayName();
        }
        Name name = user.getName();
        if (name == null) {
            return null;
        }
        if (name.getFormatted() != null && !name.getFormatted().isBlank()) {
            return name.getFormatted();
        }
        String joined = Stream.of(name.getGivenName(), name.getFamilyName())
                .filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static String department(UserResource user) {
        EnterpriseUserExtension enterprise = user.getExtension(EnterpriseUserExtension.class);
        return enterprise == null ? null : enterprise.getDepartment();
    }

    private static String phoneOf(UserResource user, String type) {
        return user.getPhoneNumbers() == null ? null : user.getPhoneNumbers().stream()
                .filter(phone -> type.equalsIgnoreCase(phone.getType()))
                .map(PhoneNumber::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static PhoneNumber phone(String number, String type) {
        return number == null ? null : new PhoneNumber().setValue(number).setType(type);
    }
}
