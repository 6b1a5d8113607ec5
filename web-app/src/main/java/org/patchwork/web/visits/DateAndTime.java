package org.patchwork.web.visits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The date and time of day typed make a moment in UK time. */
@Documented
@Constraint(validatedBy = DateAndTime.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface DateAndTime {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DateAndTime, TimeFields> {

        @Override
        public boolean isValid(TimeFields when, ConstraintValidatorContext context) {
            return when != null && when.toInstant() != null;
        }
    }
}
