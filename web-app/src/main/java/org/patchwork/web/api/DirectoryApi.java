package org.patchwork.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The directory service's API as the pages use it: the phonebook, my own entry and an agency's staff. */
@HttpExchange("/api/directory")
public interface DirectoryApi {

    /** My entry; reading it also creates it on a first sign-in. */
    @GetExchange("/me")
    Me me();

    @PutExchange("/me")
    void updateMe(@RequestBody MyDetails details);

    @GetExchange("/agencies/{code}")
    Agency agency(@PathVariable String code);

    /** Organisations, local area first; all of them without {@code q}. */
    @GetExchange("/agencies")
    Page<Organisation> agencies(@RequestParam(required = false) String q);

    /** Professionals by name ({@code q}) or of one agency, local area first. */
    @GetExchange("/professionals")
    Page<Professional> professionals(@RequestParam(required = false) String q,
                                     @RequestParam(required = false) String agency,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size);

    @GetExchange("/professionals/{id}")
    StaffMember professional(@PathVariable UUID id);

    /** An agency's staff for its administrators: {@code status} ACTIVE or LEFT. */
    @GetExchange("/agencies/{code}/staff")
    Page<StaffMember> staff(@PathVariable String code, @RequestParam String status, @RequestParam int page,
                            @RequestParam int size);

    @PostExchange("/agencies/{code}/staff")
    void addStaff(@PathVariable String code, @RequestBody StaffDetails details);

    @PutExchange("/agencies/{code}/staff/{id}")
    void updateStaff(@PathVariable String code, @PathVariable UUID id, @RequestBody StaffDetails details);

    @PostExchange("/agencies/{code}/staff/{id}/left")
    StaffMember markLeft(@PathVariable String code, @PathVariable UUID id);

    /** The agency's duty contact, given in place of the own details of its staff in sensitive roles. */
    @PutExchange("/agencies/{code}/duty-contact")
    void setDutyContact(@PathVariable String code, @RequestBody DutyContact duty);

    /** Flags a member of staff's role as sensitive, or no longer, with the reason recorded. */
    @PutExchange("/agencies/{code}/staff/{id}/sensitive-role")
    StaffMember setSensitiveRole(@PathVariable String code, @PathVariable UUID id, @RequestBody SensitiveRole role);

    /** A staff list (CSV) as the multipart field {@code file}. */
    @PostExchange(url = "/agencies/{code}/staff/import", contentType = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importStaff(@PathVariable String code, @RequestPart("file") HttpEntity<Resource> file);

    /** Agencies being onboarded, not yet live (platform administrators). */
    @GetExchange("/onboarding")
    List<OnboardingAgency> beingOnboarded();

    @PostExchange("/onboarding")
    Onboarding onboard(@RequestBody NewAgency agency);

    @GetExchange("/onboarding/{code}")
    Onboarding onboarding(@PathVariable String code);

    @PutExchange("/onboarding/{code}/identity-provider")
    Onboarding changeIdentityProvider(@PathVariable String code, @RequestBody IdentityProviderChange change);

    @PostExchange("/onboarding/{code}/go-live")
    Onboarding goLive(@PathVariable String code);

    /** An agency joining, with its identity provider; its secret goes to the directory and is never read back. */
    record NewAgency(String code, String name, String kind, List<String> areas, List<String> emailDomains,
                     IdentityProvider identityProvider) {
    }

    record IdentityProviderChange(List<String> emailDomains, IdentityProvider identityProvider) {
    }

    /** OIDC: discovery URL, client id and secret; SAML: metadata URL or the metadata file's content. */
    record IdentityProvider(String protocol, String discoveryUrl, String clientId, String clientSecret,
                            String metadataUrl, String metadataXml, String groupsClaim, String adminGroup,
                            String igGroup, String managerGroup) {

        @Override
        public String toString() {
            return "IdentityProvider[protocol=" + protocol + ", discoveryUrl=" + discoveryUrl + ", clientId="
                    + clientId + ", metadataUrl=" + metadataUrl + "]";
        }
    }

    record OnboardingAgency(String code, String name, String kind, String status, List<String> emailDomains) {

        public OnboardingAgency {
            emailDomains = emailDomains == null ? List.of() : List.copyOf(emailDomains);
        }
    }

    record Onboarding(OnboardingAgency agency, IdentityProvider identityProvider, TestSignIn testSignIn,
                      String testSignInPath) {
    }

    record TestSignIn(Instant at, String by) {
    }

    record Me(UUID id, String agency, String name, String jobTitle, String team, String workPhone, String mobile,
              String email, String preferredContact) {
    }

    /** What I may change of my entry; my name comes from my organisation's sign-in. */
    record MyDetails(String jobTitle, String team, String workPhone, String mobile, String preferredContact) {
    }

    /** @param dutyPhone how the agency's duty worker is reached; {@code null} until its administrator sets it */
    record Agency(String code, String name, String dutyPhone, String dutyEmail) {

        public boolean hasDutyContact() {
            return dutyPhone != null && !dutyPhone.isBlank();
        }
    }

    record DutyContact(String phone, String email) {
    }

    record SensitiveRole(boolean sensitive, String reason) {
    }

    record Page<T>(List<T> items, int page, int size, boolean hasNext) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public static <T> Page<T> empty(int page, int size) {
            return new Page<>(List.of(), page, size, false);
        }
    }

    record Organisation(String code, String name, String kind, List<String> areas, String switchboardPhone,
                        String email, boolean localArea) {
    }

    record Professional(UUID id, String name, String jobTitle, String team, String agency, String agencyName,
                        String workPhone, String mobile, String email, String preferredContact, boolean localArea,
                        Boolean contactThroughDuty) {

        public Professional {
            contactThroughDuty = Boolean.TRUE.equals(contactThroughDuty);
        }
    }

    /**
     * @param lastActiveAt       when they last used Patchwork; {@code null} when never (or not known)
     * @param contactThroughDuty their role is sensitive: colleagues are given their agency's duty contact instead
     */
    record StaffMember(UUID id, String agency, String name, String jobTitle, String team, String workPhone,
                       String mobile, String email, String preferredContact, String status, List<String> areas,
                       Instant lastActiveAt, Boolean contactThroughDuty) {

        public StaffMember {
            contactThroughDuty = Boolean.TRUE.equals(contactThroughDuty);
        }

        public boolean hasLeft() {
            return "LEFT".equals(status);
        }
    }

    /** A member of staff as their agency's administrator adds or corrects them. */
    record StaffDetails(String name, String email, String jobTitle, String team, String workPhone, String mobile,
                        String preferredContact, List<String> areas) {
    }

    /** What each row of an imported file did, with totals. */
    record ImportReport(int created, int updated, int unchanged, int rejected, List<Row> rows) {

        public ImportReport {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        /**
         * One row of the file.
         *
         * @param line    the line of the file the row starts on (the header is line 1)
         * @param outcome CREATED, UPDATED, UNCHANGED or REJECTED
         */
        public record Row(int line, String email, String outcome, List<Problem> errors) {

            public Row {
                errors = errors == null ? List.of() : List.copyOf(errors);
            }

            public boolean rejected() {
                return "REJECTED".equals(outcome);
            }

            public String outcomeLabel() {
                return switch (outcome) {
                    case "CREATED" -> "Added";
                    case "UPDATED" -> "Updated";
                    case "UNCHANGED" -> "No change";
                    case "REJECTED" -> "Not imported";
                    default -> outcome;
                };
            }

            public String outcomeTag() {
                return switch (outcome) {
                    case "CREATED" -> "govuk-tag--green";
                    case "UPDATED" -> "govuk-tag--blue";
                    case "REJECTED" -> "govuk-tag--red";
                    default -> "govuk-tag--grey";
                };
            }
        }

        /** What is wrong with one value of a row. */
        public record Problem(String field, String message) {

            /** "email: must be an email address, …", naming the column as the file does. */
            public String sentence() {
                return field == null || field.isBlank() ? message : field + ": " + message;
            }
        }
    }
}
