package org.patchwork.directory.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** An email address with a domain that has a dot in it (a bare {@code name@host} cannot be reached). */
@Documented
@Constraint(validatedBy = {})
@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
@Size(max = 254)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkEmail {

    String message() default "must be an email address, e.g. name@agency.example";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
