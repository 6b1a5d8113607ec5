package org.patchwork.web.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The GOV.UK date input's day, month and year make a date; or, when {@code optional}, are all left empty. */
@Documented
@Constraint(validatedBy = DayMonthYear.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DayMonthYear {

    String message();

    boolean optional() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DayMonthYear, DateFields> {

        private boolean optional;

        @Override
        public void initialize(DayMonthYear constraint) {
            optional = constraint.optional();
        }

        @Override
        public boolean isValid(DateFields date, ConstraintValidatorContext context) {
            if (date == null || date.isBlank()) {
                return optional;
            }
            return date.toDate() != null;
        }
    }
}
