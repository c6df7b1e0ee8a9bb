package ca.pignon.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A form field holding a phone number as {@link PhoneNumbers} reads it, or nothing (an empty field is left to
 * {@code @NotBlank}). The message is the form's own key.
 */
@Documented
@Constraint(validatedBy = Phone.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the field with {@link PhoneNumbers#isValid(String)}. */
	final class Validator implements ConstraintValidator<Phone, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || PhoneNumbers.isValid(value);
		}

	}

}
