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

/**
 * Text that a spreadsheet would not run as a formula: it must not start with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return. Directory entries reach spreadsheets through CSV files (staff lists kept
 * and re-imported by agencies), where a cell such as {@code =HYPERLINK(...)} would run on opening.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^(?![=+\\-@\\t\\r]).*", flags = Pattern.Flag.DOTALL)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoFormula {

    String message() default "must not start with =, +, - or @ (a spreadsheet would run it as a formula)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
