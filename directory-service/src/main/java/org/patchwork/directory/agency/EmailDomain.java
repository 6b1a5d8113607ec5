package org.patchwork.directory.agency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The domain of work email addresses, e.g. {@code lichfield-dc.gov.uk}: lower case, with at least one dot. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")
@Size(max = 253)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailDomain {

    String message() default "must be an email domain, e.g. agency.gov.uk";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
