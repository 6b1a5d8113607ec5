package org.patchwork.directory.contact;

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

/** A UK landline or mobile number as people write it (spaces allowed, +44 or 0 first); empty means none. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^(\\+44\\s?|0)[0-9 ]{9,13}$")
@Size(max = 20)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UkPhone {

    String message() default "must be a UK phone number, e.g. 01543 308000 or 07700 900123";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
